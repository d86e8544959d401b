import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

test('the connection indicator reads Live once connected', async ({ server, page }) => {
  const board = new BoardPage(page, server.url)
  await board.open((await createBoard(server.url)).links.participant, { name: 'Ada' })
  await expect(board.connectionStatus).toHaveAttribute('data-state', 'live')
  await expect(board.connectionStatus).toHaveText('Live')
})

test('the indicator leaves Live while the server is down and returns when it is back', async ({
  ownServer,
  page,
}) => {
  const board = new BoardPage(page, ownServer.url)
  await board.open((await createBoard(ownServer.url)).links.participant, { name: 'Ada' })

  await ownServer.stop()
  await expect(board.connectionStatus).toHaveAttribute('data-state', /^(offline|connecting)$/)
  await expect(board.connectionStatus).not.toContainText(/live/i)

  await ownServer.start()
  // y-websocket backs off up to 2.5 s between attempts.
  await expect(board.connectionStatus).toHaveAttribute('data-state', 'live', { timeout: 15_000 })
  await expect(board.connectionStatus).toHaveText('Live')
})
