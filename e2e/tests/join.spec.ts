import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/** The join form's colours in the order of USER_COLORS, as client/src/join/userColors.ts names them. */
const COLOR_NAMES = ['Blue', 'Red', 'Grey', 'Plum', 'Violet', 'Charcoal', 'Maroon', 'Sky blue']

test('a returning participant is not asked to join again', async ({ server, page }) => {
  const board = new BoardPage(page, server.url)
  await board.goto((await createBoard(server.url)).links.participant)
  await board.join({ name: 'Grace', color: 'Blue' })
  await board.waitLive()
  await expect(board.userButton).toHaveAccessibleName('Grace: change name or colour')

  await page.reload()
  await board.waitLive()
  await expect(board.joinButton).toBeHidden()
  await expect(board.userButton).toHaveAccessibleName('Grace: change name or colour')
})

test('each colour in the join form is announced by its name alone, checked or not', async ({
  server,
  page,
}) => {
  const board = new BoardPage(page, server.url)
  await board.goto((await createBoard(server.url)).links.participant)
  await expect(board.colorOptions).toHaveCount(COLOR_NAMES.length)
  for (const [i, name] of COLOR_NAMES.entries()) {
    const radio = board.colorOptions.nth(i)
    await radio.check()
    // A screen reader reads the accessible name; a check mark drawn by CSS must not join it.
    await expect(radio).toHaveAccessibleName(name)
  }
})

test('the join form asks, optionally, how a person takes part', async ({ server, page }) => {
  const board = new BoardPage(page, server.url)
  await board.goto((await createBoard(server.url)).links.participant)
  await expect(board.takesPartAsGroup).toBeVisible()
  // Nobody has to label themselves: "Prefer not to say" is already chosen.
  await expect(board.takesPartAsOption('Prefer not to say')).toBeChecked()
  await board.join({ name: 'Grace', takesPartAs: 'Person using services' })
  await board.waitLive()
})
