import { AxeBuilder } from '@axe-core/playwright'
import { CLOSE_REASONS, CloseCode } from '@common-ground/shared'
import type { Browser, Page } from '@playwright/test'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/**
 * Issue 12, running a session: a facilitator and two participants, one on a phone, run a
 * short workshop. Views are read from each page's editor, as a person sees them.
 */

interface Area {
  x: number
  y: number
  w: number
  h: number
}

/** The parts of tldraw's editor these tests read, through the page's test handle. */
interface SessionEditor {
  getViewportPageBounds(): Area
  getShapePageBounds(shape: unknown): Area | undefined
  getShape(id: string): unknown
  centerOnPoint(point: { x: number; y: number }): void
  getCurrentPageShapes(): { id: string; type: string; isLocked: boolean }[]
  updateShapes(partials: { id: string; type: string; isLocked?: boolean }[]): unknown
}

const FRAN = { name: 'Fran', color: 'Red' } as const
const GRACE = { name: 'Grace', color: 'Plum' } as const
const SAM = { name: 'Sam' } as const

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  return context.newPage()
}

const viewOf = (page: Page) =>
  page.evaluate((): Area => {
    const { x, y, w, h } = (
      window.__commonGround!.editor! as unknown as SessionEditor
    ).getViewportPageBounds()
    return { x, y, w, h }
  })

const boundsOf = (page: Page, id: string) =>
  page.evaluate((shapeId): Area => {
    const { x, y, w, h } = (
      window.__commonGround!.editor! as unknown as SessionEditor
    ).getShapePageBounds(shapeId as never)!
    return { x, y, w, h }
  }, id)

const sessionOf = (page: Page) =>
  page.evaluate(
    () =>
      (
        (window.__commonGround!.editor! as unknown as SessionEditor).getShape(
          'shape:cg-session' as never,
        ) as unknown as {
          props: { stages: { id: string; name: string; frameId: string }[] }
        }
      ).props,
  )

/** The area is all in view, and fills most of the view one way: the view fits it. */
async function fits(page: Page, area: Area): Promise<boolean> {
  const view = await viewOf(page)
  const slack = 4
  const inside =
    area.x >= view.x - slack &&
    area.y >= view.y - slack &&
    area.x + area.w <= view.x + view.w + slack &&
    area.y + area.h <= view.y + view.h + slack
  return inside && (area.w >= view.w * 0.8 || area.h >= view.h * 0.8)
}

const centre = (a: Area) => ({ x: a.x + a.w / 2, y: a.y + a.h / 2 })
async function centreDistance(a: Page, b: Page): Promise<number> {
  const [ca, cb] = [centre(await viewOf(a)), centre(await viewOf(b))]
  return Math.hypot(ca.x - cb.x, ca.y - cb.y)
}

/** Moves a page's own view so `point` is in the middle, as a person panning would. */
const lookAt = (page: Page, point: { x: number; y: number }) =>
  page.evaluate((p) => {
    ;(window.__commonGround!.editor! as unknown as SessionEditor).centerOnPoint(p)
  }, point)

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.tl-container')
    .analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

async function workshop(page: Page, server: { url: string }, browser: Browser, grace: Page) {
  const board = await createBoard(server.url, 'Lunch club', 'full-workshop')
  const fran = new BoardPage(page, server.url)
  await fran.open(board.links.facilitator, FRAN)
  const g = new BoardPage(grace, server.url)
  await g.open(board.links.participant, GRACE)
  const sam = new BoardPage(await phonePage(browser), server.url)
  await sam.open(board.links.participant, SAM)
  return { board, fran, grace: g, sam, everyone: [fran, g, sam] }
}

test('stages fit every view, on a phone too; the timer shows the same time to all; the toolbar passes axe and works by keyboard', async ({
  page,
  server,
  browser,
  newParticipantPage,
}) => {
  test.slow()
  const { grace, sam, everyone } = await workshop(page, server, browser, await newParticipantPage())
  const { stages } = await sessionOf(page)
  expect(stages.length).toBeGreaterThan(2)

  // Opening the board: everyone sees the first stage's name and its whole area.
  const first = await boundsOf(page, stages[0]!.frameId)
  for (const who of everyone) {
    await expect(who.page.getByTestId('stage-button')).toContainText(stages[0]!.name)
    await expect.poll(() => fits(who.page, first)).toBe(true)
  }

  // The facilitator moves to stage 2 by keyboard: every view fits it.
  const stageButton = page.getByTestId('stage-button')
  await stageButton.focus()
  await page.keyboard.press('Enter')
  const startSecond = page.getByRole('button', { name: `Move everyone to ${stages[1]!.name}` })
  await startSecond.focus()
  await page.keyboard.press('Enter')
  const second = await boundsOf(page, stages[1]!.frameId)
  for (const who of everyone) {
    await expect(who.page.getByTestId('stage-button')).toContainText(stages[1]!.name)
    await expect.poll(() => fits(who.page, second)).toBe(true)
  }
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(stageButton).toBeFocused()

  // A participant roams, then comes back to the stage; anyone can show any stage.
  await lookAt(grace.page, { x: -5000, y: -5000 })
  await grace.page.getByTestId('back-to-stage').click()
  await expect.poll(() => fits(grace.page, second)).toBe(true)
  await sam.page.getByTestId('stage-button').click()
  await sam.page.getByRole('button', { name: `Show ${stages[2]!.name}` }).click()
  await expect
    .poll(async () => fits(sam.page, await boundsOf(sam.page, stages[2]!.frameId)))
    .toBe(true)
  expect(await seriousViolations(sam.page)).toEqual([])
  await sam.page.keyboard.press('Escape')

  // The timer, started by keyboard: the same time on every screen.
  const controls = page.getByTestId('session-controls-button')
  await controls.focus()
  await page.keyboard.press('Enter')
  const minutes = page.getByLabel('Minutes', { exact: true })
  await minutes.focus()
  await minutes.fill('5')
  await page.keyboard.press('Enter')
  const remaining = async (who: BoardPage) =>
    Number(await who.page.getByTestId('session-timer').getAttribute('data-remaining-ms'))
  for (const who of everyone) {
    await expect(who.page.getByTestId('session-timer')).toHaveAttribute('data-state', 'running')
    await expect(who.page.getByTestId('session-timer')).toHaveText(/[45]:\d\d/)
  }
  const times = await Promise.all(everyone.map(remaining))
  expect(Math.max(...times) - Math.min(...times)).toBeLessThan(2000)
  expect(Math.min(...times)).toBeGreaterThan(4 * 60_000)
  expect(await seriousViolations(page)).toEqual([])
  if (process.env.CG_SCREENSHOTS) await page.screenshot({ path: 'docs/session-toolbar.png' })

  // Pause, add a minute: everyone sees it paused at more than five minutes.
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await page.getByRole('button', { name: 'Add a minute' }).click()
  for (const who of everyone) {
    await expect(who.page.getByTestId('session-timer')).toHaveAttribute('data-state', 'paused')
    await expect(who.page.getByTestId('session-timer')).toHaveText(/Paused at (5|6):\d\d/)
  }
  if (process.env.CG_SCREENSHOTS) {
    await sam.page.screenshot({ path: 'docs/session-toolbar-phone.png' })
  }

  // A short countdown reaches zero: the cue shows on every screen; a person can mute it.
  await minutes.fill('0.05')
  await page.getByTestId('timer-start').click()
  for (const who of everyone) {
    await expect(who.page.getByTestId('session-timer')).toHaveAttribute('data-state', 'done')
    await expect(who.page.getByTestId('session-timer')).toContainText('Time is up')
  }
  const sound = grace.page.getByTestId('timer-sound')
  await expect(sound).toHaveAttribute('aria-pressed', 'true')
  await sound.press('Enter')
  await expect(sound).toHaveAttribute('aria-pressed', 'false')
  await grace.reload(GRACE)
  await expect(grace.page.getByTestId('timer-sound')).toHaveAttribute('aria-pressed', 'false')
  await page.getByRole('button', { name: 'Stop timer' }).click()
  for (const who of everyone) await expect(who.page.getByTestId('session-timer')).toHaveCount(0)
})

test('bring everyone here, and follow me: a participant steps out and back in', async ({
  page,
  server,
  browser,
  newParticipantPage,
}) => {
  test.slow()
  const { fran, grace, sam } = await workshop(page, server, browser, await newParticipantPage())
  const { stages } = await sessionOf(page)
  const third = await boundsOf(page, stages[2]!.frameId)

  // Bring everyone here: both participants now look where Fran looks.
  await lookAt(page, centre(third))
  await page.getByTestId('session-controls-button').click()
  await page.getByTestId('bring-here').click()
  for (const who of [grace, sam]) {
    await expect.poll(() => centreDistance(page, who.page)).toBeLessThan(40)
  }

  // Follow me: Fran looks elsewhere and both follow.
  await page.getByTestId('follow-me').click()
  await expect(page.getByTestId('follow-banner')).toContainText('Everyone is following your view.')
  await expect(grace.page.getByTestId('follow-banner')).toContainText('You are following Fran')
  const fourth = await boundsOf(page, stages[3]!.frameId)
  await lookAt(page, centre(fourth))
  for (const who of [grace, sam]) {
    await expect.poll(() => centreDistance(page, who.page), { timeout: 15_000 }).toBeLessThan(40)
  }
  expect(await seriousViolations(sam.page)).toEqual([])

  // Sam steps out: Fran moves on without him; he is told how to follow again.
  await sam.page.getByRole('button', { name: 'Look around on my own' }).click()
  await expect(sam.page.getByTestId('follow-banner')).toContainText('Follow Fran again')
  await lookAt(page, centre(await boundsOf(page, stages[1]!.frameId)))
  await expect.poll(() => centreDistance(page, grace.page), { timeout: 15_000 }).toBeLessThan(40)
  expect(await centreDistance(page, sam.page)).toBeGreaterThan(200)
  await sam.page.getByRole('button', { name: 'Follow Fran again' }).click()
  await expect.poll(() => centreDistance(page, sam.page), { timeout: 15_000 }).toBeLessThan(40)

  // Fran stops: nobody follows any more.
  await page.getByTestId('follow-banner').getByRole('button').click()
  for (const who of [fran, grace, sam]) {
    await expect(who.page.getByTestId('follow-banner')).toHaveCount(0)
  }
  // Participants are not offered the facilitator's controls.
  for (const who of [grace, sam]) {
    await expect(who.page.getByTestId('session-controls-button')).toHaveCount(0)
  }
})

test('a card added while looking at a grid cell lands in it; one is put on a rung by keyboard; a participant cannot unlock', async ({
  page,
  server,
  browser,
  newParticipantPage,
}) => {
  test.slow()
  const { grace } = await workshop(page, server, browser, await newParticipantPage())

  // Grace looks at the grid's middle cell and adds an asset from the canvas.
  const cell = await grace.page.evaluate(() => {
    const editor = window.__commonGround!.editor! as unknown as SessionEditor
    const grid = editor.getCurrentPageShapes().find((shape) => shape.type === 'cg-grid')!
    const b = editor.getShapePageBounds(grid)!
    // gridLayout: row headers take 20 % of the width, column headers 18 % of the height.
    const left = b.w * 0.2
    const top = b.h * 0.18
    const cw = (b.w - left) / 3
    const ch = (b.h - top) / 3
    return { x: b.x + left + cw * 1.5, y: b.y + top + ch * 1.5 }
  })
  await lookAt(grace.page, cell)
  await grace.addAssetOnCanvas('Tea bus')
  await grace.addAssetOnCanvas('Lunch rota')
  await grace.views.show('Grid and ladder')
  const grid = grace.views.panel.getByTestId('grid-table')
  const middle = grid.getByRole('row', { name: /Full user\/professional\/community/ })
  await expect(middle).toContainText('Tea bus')
  await expect(middle).toContainText('Lunch rota')

  // By keyboard, from the panel: "Lunch rota" goes on the ladder's co-design rung.
  const place = grace.views.panel.getByTestId('place-card')
  await place.getByLabel('Cards').selectOption({ label: 'Lunch rota' })
  await place.getByLabel('Put Lunch rota on').selectOption({ label: 'Co-design (doing with)' })
  await place.getByRole('button', { name: 'Put it here' }).press('Enter')
  const ladder = grace.views.panel.getByTestId('ladder-table')
  await expect(ladder.getByRole('row', { name: /^Co-design/ })).toContainText('Lunch rota')
  await expect(middle).not.toContainText('Lunch rota')
  expect(await seriousViolations(grace.page)).toEqual([])

  // Grace is not offered unlocking; forced through the editor, the server refuses it.
  await grace.page.evaluate(() => {
    const editor = window.__commonGround!.editor! as unknown as SessionEditor
    const frame = editor.getCurrentPageShapes().find((shape) => shape.type === 'frame')!
    if (!frame.isLocked) throw new Error('the template frame arrived unlocked')
    editor.updateShapes([{ id: frame.id, type: frame.type, isLocked: false }])
  })
  await expect(grace.page.getByTestId('notice').first()).toContainText(
    CLOSE_REASONS[CloseCode.Locked],
  )
  await grace.waitLive()
  await expect
    .poll(() =>
      grace.page.evaluate(
        () =>
          window.__commonGround?.editor
            ?.getCurrentPageShapes()
            .filter((shape) => shape.type === 'frame')
            .every((shape) => shape.isLocked) ?? null,
      ),
    )
    .toBe(true)
})

test('the facilitator changes the agenda by keyboard: renames, reorders, adds and removes a stage, and a participant sees each change', async ({
  page,
  server,
  newParticipantPage,
}) => {
  test.slow()
  const board = await createBoard(server.url, 'Agenda', 'full-workshop')
  const fran = new BoardPage(page, server.url)
  await fran.open(board.links.facilitator, FRAN)
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await grace.open(board.links.participant, GRACE)
  const { stages } = await sessionOf(page)
  const [first, second] = [stages[0]!, stages[1]!]
  const graceNames = async () => (await sessionOf(grace.page)).stages.map((stage) => stage.name)

  await page.getByTestId('stage-button').click()
  const list = page.getByTestId('stage-list')

  // Rename the first stage and give it planned minutes, with the form open checked by axe.
  await page.getByRole('button', { name: `Change ${first.name}` }).press('Enter')
  const form = list.locator('form')
  await form.getByLabel('Name').fill('Welcome and warm-up')
  await form.getByLabel('Planned minutes (optional)').fill('10')
  expect(await seriousViolations(page)).toEqual([])
  await form.getByRole('button', { name: 'Save' }).press('Enter')
  await expect.poll(graceNames).toContain('Welcome and warm-up')
  await expect(grace.page.getByTestId('stage-button')).toContainText('Welcome and warm-up')

  // Move it down: it is second for everyone.
  await page.getByRole('button', { name: 'Move Welcome and warm-up down' }).press('Enter')
  await expect
    .poll(async () => (await graceNames()).slice(0, 2))
    .toEqual([second.name, 'Welcome and warm-up'])

  // Add a stage with no area, then remove it.
  await page.getByText('Add a stage', { exact: true }).first().click()
  const add = page.locator('.session-add-stage form')
  await add.getByLabel('Name').fill('Break')
  expect(await seriousViolations(page)).toEqual([])
  await add.getByRole('button', { name: 'Add a stage' }).press('Enter')
  await expect.poll(graceNames).toContain('Break')
  await page.getByRole('button', { name: 'Remove Break' }).press('Enter')
  await expect.poll(graceNames).not.toContain('Break')
  expect((await sessionOf(page)).stages).toHaveLength(stages.length)

  // A participant is offered none of it.
  await grace.page.getByTestId('stage-button').click()
  await expect(grace.page.getByRole('button', { name: /^Change / })).toHaveCount(0)
  await expect(grace.page.getByText('Add a stage', { exact: true })).toHaveCount(0)
})
