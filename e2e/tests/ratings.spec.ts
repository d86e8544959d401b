import { CLOSE_REASONS, CloseCode } from '@common-ground/shared'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

const GRACE = { name: 'Grace', color: 'Plum' } as const
/** Grace's answers to questions 1–6, then her change of question 3. */
const ANSWERS = [3, 1, 2, 4, 0, 3]
const CHANGED = { question: 2, value: 0 }

test('on a locked template a participant rates all six questions, changes one, reloads and keeps every answer; the facilitator sees only the totals', async ({
  page,
  server,
  newParticipantPage,
}) => {
  test.slow()
  const board = await createBoard(server.url, 'Is it co-produced?', 'six-elements')
  // The facilitator opens the board first, as in a workshop.
  const fran = new BoardPage(page, server.url)
  await fran.open(board.links.facilitator, { name: 'Fran', color: 'Red' })
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await grace.open(board.links.participant, GRACE)

  await grace.views.show('Six elements')
  const questions = grace.views.panel.getByTestId('rating-question')
  await expect(questions).toHaveCount(6)
  for (const [index, value] of ANSWERS.entries()) {
    await questions
      .nth(index)
      .getByRole('radio', { name: new RegExp(`^${value}`) })
      .check()
  }
  await questions
    .nth(CHANGED.question)
    .getByRole('radio', { name: new RegExp(`^${CHANGED.value}`) })
    .check()
  const final = ANSWERS.map((value, index) => (index === CHANGED.question ? CHANGED.value : value))
  const summary = (value: number) =>
    `Everyone: ${[0, 1, 2, 3, 4].map((v) => `${v}: ${v === value ? 1 : 0}`).join(', ')}`
  for (const [index, value] of final.entries()) {
    await expect(questions.nth(index).getByTestId('rating-summary')).toHaveText(summary(value))
  }

  await grace.reload(GRACE)
  await grace.views.show('Six elements')
  for (const [index, value] of final.entries()) {
    await expect(
      questions.nth(index).getByRole('radio', { name: new RegExp(`^${value}`) }),
    ).toBeChecked()
  }

  // The facilitator sees the totals, and nothing of whose answer is whose.
  await fran.views.show('Six elements')
  const theirs = fran.views.panel.getByTestId('rating-question')
  for (const [index, value] of final.entries()) {
    await expect(theirs.nth(index).getByTestId('rating-summary')).toHaveText(summary(value))
    await expect(theirs.nth(index).getByRole('radio', { checked: true })).toHaveCount(0)
  }
  const named = await page.evaluate(
    () =>
      window
        .__commonGround!.editor!.getCurrentPageShapes()
        .filter((shape) => shape.type === 'cg-rating').length,
  )
  expect(named).toBe(0)
  await expect(fran.views.panel).not.toContainText('Grace')
})

test('a participant is not offered unlocking, and an unlock forced through the editor is refused and undone', async ({
  page,
  server,
  newParticipantPage,
}) => {
  test.slow()
  const board = await createBoard(server.url, 'Locked template', 'six-elements')
  const fran = new BoardPage(page, server.url)
  await fran.open(board.links.facilitator, { name: 'Fran', color: 'Red' })
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await grace.open(board.links.participant, GRACE)

  // tldraw's Edit menu offers "Unlock all" to the facilitator only.
  const unlockAllOffered = async (who: BoardPage) => {
    await who.page.getByRole('button', { name: 'Menu' }).click()
    await who.page.getByRole('menuitem', { name: 'Edit' }).click()
    const offered = await who.page.getByRole('menuitem', { name: /Unlock all/ }).isVisible()
    await who.page.keyboard.press('Escape')
    await who.page.keyboard.press('Escape')
    return offered
  }
  expect(await unlockAllOffered(fran)).toBe(true)
  expect(await unlockAllOffered(grace)).toBe(false)

  // Forced through the editor's API, the server refuses it and Grace is told why.
  await grace.page.evaluate(() => {
    const editor = window.__commonGround!.editor!
    const locked = editor.getCurrentPageShapes().filter((shape) => shape.isLocked)
    editor.updateShapes(locked.map(({ id, type }) => ({ id, type, isLocked: false })))
  })
  await expect(grace.page.getByTestId('notice').first()).toContainText(
    CLOSE_REASONS[CloseCode.Locked],
  )
  await grace.waitLive()
  // Null while the board reloads after the refusal (no editor yet): the poll waits.
  const stillLocked = (who: BoardPage) =>
    who.page.evaluate(
      () =>
        window.__commonGround?.editor
          ?.getCurrentPageShapes()
          .filter((shape) => shape.type === 'cg-six-elements')
          .every((shape) => shape.isLocked) ?? null,
    )
  await expect.poll(() => stillLocked(grace)).toBe(true)
  expect(await stillLocked(fran)).toBe(true)
})
