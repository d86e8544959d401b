import { boardPagePath, CLOSE_REASONS, CloseCode, newBoardId } from '@common-ground/shared'
import { BoardPage } from '../pages/BoardPage.js'
import { boardIdOf, createBoard, rotateLink, tokenOf, withToken } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/** A token of the right shape that no board ever issued. */
const UNISSUED_TOKEN = 'A'.repeat(43)

test('the token leaves the address bar once joined, and a reload still opens the board', async ({
  server,
  page,
}) => {
  const board = await createBoard(server.url)
  const grace = new BoardPage(page, server.url)
  await grace.open(board.links.participant, { name: 'Grace' })

  const path = boardPagePath(board.id)
  expect(new URL(page.url()).pathname).toBe(path)
  expect(new URL(page.url()).hash).toBe('')
  expect(page.url()).not.toContain(tokenOf(board.links.participant))
  // The session is a cookie the page's scripts cannot read.
  const cookies = await page.context().cookies()
  expect(cookies.find((cookie) => cookie.name.includes(board.id))).toMatchObject({
    httpOnly: true,
    sameSite: 'Strict',
  })
  expect(await page.evaluate(() => document.cookie)).not.toContain(tokenOf(board.links.participant))

  const drawn = await grace.drawRectangle({ x: 400, y: 250 }, { x: 520, y: 330 })
  await page.reload()
  await grace.waitLive()
  await expect(grace.joinButton).toBeHidden()
  await expect(grace.shapeElement(drawn.id)).toBeVisible()
  expect(new URL(page.url()).hash).toBe('')
  // Still a participant: the canvas takes edits.
  await grace.drawRectangle({ x: 200, y: 200 }, { x: 300, y: 260 })
})

test('a wrong token or an unknown board shows a page that says so in plain words', async ({
  server,
  page,
}) => {
  const board = await createBoard(server.url)
  const visitor = new BoardPage(page, server.url)

  await visitor.goto(withToken(board.links.participant, UNISSUED_TOKEN))
  await expect(visitor.messageHeading('This link does not work')).toBeVisible()
  await expect(page.getByText(/ask the facilitator/i).first()).toBeVisible()
  await expect(visitor.canvas).toBeHidden()
  expect(page.url()).not.toContain(UNISSUED_TOKEN)

  await visitor.goto(
    withToken(new URL(boardPagePath(newBoardId()), server.url).href, UNISSUED_TOKEN),
  )
  await expect(visitor.messageHeading('This board does not exist')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible()
  await expect(visitor.canvas).toBeHidden()

  // Without any token, and no earlier visit, the page says a link is needed.
  await visitor.goto(boardPagePath(board.id))
  await expect(visitor.messageHeading('You need a link to join this board')).toBeVisible()
})

test('replacing the participant link disconnects whoever used the old one; the new link works', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url)
  const ada = new BoardPage(await newParticipantPage(), server.url)
  const grace = new BoardPage(await newParticipantPage(), server.url)
  const olive = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada' })
  await grace.open(board.links.participant, { name: 'Grace' })
  await olive.open(board.links.observer, { name: 'Olive' })
  const drawn = await grace.drawRectangle({ x: 400, y: 250 }, { x: 520, y: 330 })

  const newLink = await rotateLink(board, 'participant')
  expect(boardIdOf(newLink)).toBe(board.id)
  expect(tokenOf(newLink)).not.toBe(tokenOf(board.links.participant))

  // Grace is told why, in words, and the canvas goes away.
  await expect(grace.boardError).toBeVisible()
  await expect(grace.boardError).toContainText(CLOSE_REASONS[CloseCode.LinkRotated])
  await expect(grace.canvas).toBeHidden()
  // The facilitator and the observer were not using that link: they stay live.
  await expect(ada.connectionStatus).toHaveAttribute('data-state', 'live')
  await expect(olive.connectionStatus).toHaveAttribute('data-state', 'live')

  // Reloading does not get Grace back in with the old session...
  await grace.page.reload()
  await expect(grace.messageHeading('You need a link to join this board')).toBeVisible()
  // ...nor does the old link, anywhere.
  const stranger = new BoardPage(await newParticipantPage(), server.url)
  await stranger.goto(board.links.participant)
  await expect(stranger.messageHeading('This link does not work')).toBeVisible()

  // The new link works, and the board is as it was.
  await grace.open(newLink, { name: 'Grace' })
  await expect(grace.shapeElement(drawn.id)).toBeVisible()
  const after = await grace.drawRectangle({ x: 200, y: 200 }, { x: 300, y: 260 })
  await expect(ada.shapeElement(after.id)).toBeVisible()
  await expect(olive.shapeElement(after.id)).toBeVisible()
})
