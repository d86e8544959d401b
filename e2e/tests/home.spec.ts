import { BoardPage } from '../pages/BoardPage.js'
import { HomePage } from '../pages/HomePage.js'
import { expect, test } from '../support/fixtures.js'

test('"Start a new board" opens a fresh board that can be joined', async ({ server, page }) => {
  const home = new HomePage(page, server.url)
  await home.open()
  const boardId = await home.startNewBoard()

  const board = new BoardPage(page, server.url)
  await board.joinIfAsked({ name: 'Ada' })
  await board.waitLive()
  await expect(board.canvas).toBeVisible()
  expect(await board.shapes()).toEqual([])

  // Each press starts a different board.
  await home.open()
  expect(await home.startNewBoard()).not.toBe(boardId)
})
