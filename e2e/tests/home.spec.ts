import { BoardPage } from '../pages/BoardPage.js'
import { HomePage } from '../pages/HomePage.js'
import { expect, test } from '../support/fixtures.js'

test('"Start a new board" asks a title and opens a fresh board as its facilitator', async ({
  server,
  page,
}) => {
  const home = new HomePage(page, server.url)
  await home.open()
  const boardId = await home.startNewBoard('Planning the lunch club')

  const board = new BoardPage(page, server.url)
  await board.joinIfAsked({ name: 'Ada' })
  await board.waitLive()
  await expect(board.canvas).toBeVisible()
  expect(await board.shapes()).toEqual([])
  // The one who started it holds the facilitator's link and can share the board.
  await expect(board.shareButton).toBeVisible()
  await expect(board.viewOnlyBadge).toBeHidden()

  // Each press starts a different board.
  await home.open()
  expect(await home.startNewBoard('Another session')).not.toBe(boardId)
})
