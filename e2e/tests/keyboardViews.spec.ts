import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'
import { pressUntilFocused, tabTo } from '../support/keyboard.js'

test('with the keyboard alone, a person adds an asset and a person through the panel', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url, 'Keyboard only')
  const lin = new BoardPage(await newParticipantPage(), server.url)
  await lin.open(board.links.participant, { name: 'Lin', color: 'Blue' })
  const { page, views } = lin

  // Open the panel from the top bar: Tab to "Views", Enter. Focus goes to its heading.
  await tabTo(page, /^Views$/)
  await page.keyboard.press('Enter')
  await expect(views.panel).toBeVisible()
  await expect(views.panel.getByRole('heading', { name: 'Board views' })).toBeFocused()

  // Assets is the open tab; its form comes first.
  await tabTo(page, /^Title$/)
  await page.keyboard.type('Church hall')
  await page.keyboard.press('Tab')
  await expect(views.addAssetForm.getByLabel('Kind')).toBeFocused()
  await page.keyboard.type('Place') // a select takes typed letters
  await page.keyboard.press('Tab')
  await page.keyboard.type('St Mary’s')
  await tabTo(page, /^Add asset$/)
  await page.keyboard.press('Enter')

  await expect(views.assetRow('Church hall')).toContainText('Place')
  await expect(views.assetRow('Church hall')).toContainText('St Mary’s')
  await expect(views.announcement).toHaveText('Asset “Church hall” added to the board.')
  // Focus is back in the title field, ready for the next asset.
  await expect(views.addAssetForm.getByLabel('Title')).toBeFocused()
  await expect(lin.assetCard('Church hall')).toBeVisible()

  // To the "People and connections" tab: back to the tab list, then the arrow key the
  // ARIA tabs pattern uses to move between tabs.
  await pressUntilFocused(page, views.tab('Assets'), { key: 'Shift+Tab' })
  await page.keyboard.press('ArrowRight')
  await expect(views.tab('People and connections')).toBeFocused()
  await expect(views.tab('People and connections')).toHaveAttribute('aria-selected', 'true')
  await tabTo(page, /^Name$/)
  await page.keyboard.type('Youth worker')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Professional')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Council youth service')
  await page.keyboard.press('Enter') // submits the form from a text field

  await expect(views.personRow('Youth worker')).toContainText('Professional')
  await expect(views.personRow('Youth worker')).toContainText('Council youth service')
  await expect(views.personRow('Youth worker')).toContainText('Isolated')
  await expect(lin.personCard('Youth worker')).toBeVisible()

  // Edit from the keyboard: the row's Edit button, a form with focus in it, Save.
  await tabTo(page, /^Edit Youth worker$/)
  await page.keyboard.press('Enter')
  const edit = page.getByRole('group', { name: 'Edit “Youth worker”' })
  await expect(edit.getByLabel('Name')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Youth worker (Jo)')
  await page.keyboard.press('Enter')
  await expect(views.personRow('Youth worker (Jo)')).toBeVisible()
  await expect(lin.personCard('Youth worker (Jo)')).toBeVisible()
})
