import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from '@playwright/test'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/** tldraw's own UI is audited by tldraw (see accessibility.spec.ts). */
const TLDRAW_INTERNALS = '.tl-container'

async function seriousViolations(page: Page, exclude: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  for (const selector of exclude) builder = builder.exclude(selector)
  const { violations } = await builder.analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

/** A page in a browser whose language is `locale`, as a person's own browser would be. */
async function pageIn(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale })
  return context.newPage()
}

/** tldraw's select tool, whose label is in tldraw's own language. */
const selectTool = (page: Page) => page.getByTestId('tools.select')

test('the picker switches our words and tldraw’s menus together, and is remembered', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url, 'Languages')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await expect(ada.page.getByRole('button', { name: 'People (1)' })).toBeVisible()
  await expect(selectTool(ada.page)).toHaveAttribute('aria-label', /Select/)

  await ada.page.getByLabel('Language').selectOption('ar')
  await expect(ada.page.getByRole('button', { name: 'الأشخاص (1)' })).toBeVisible()
  await expect(selectTool(ada.page)).toHaveAttribute('aria-label', /تحديد/)
  await expect(ada.page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(ada.page.locator('html')).toHaveAttribute('dir', 'rtl')

  await ada.page.reload()
  await expect(ada.connectionStatus).toHaveAttribute('data-state', 'live')
  await expect(ada.page.getByRole('button', { name: 'الأشخاص (1)' })).toBeVisible()
  await expect(selectTool(ada.page)).toHaveAttribute('aria-label', /تحديد/)

  // Welsh: ours in Welsh; tldraw has no Welsh, so its menus are in English.
  await ada.page.getByLabel('اللغة').selectOption('cy')
  await expect(ada.page.getByRole('button', { name: 'Pobl (1)' })).toBeVisible()
  await expect(selectTool(ada.page)).toHaveAttribute('aria-label', /Select/)
  await expect(ada.page.locator('html')).toHaveAttribute('dir', 'ltr')
})

test('a Welsh browser gets Welsh without choosing', async ({ browser, server }) => {
  const page = await pageIn(browser, 'cy-GB')
  await page.goto(server.url)
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('button', { name: 'Dechrau bwrdd newydd' })).toBeVisible()
  await expect(page.getByLabel('Iaith')).toHaveValue('cy')
  await page.context().close()
})

test('Arabic lays the page out right to left', async ({ browser, server }, testInfo) => {
  const board = await createBoard(server.url, 'RTL')
  const page = await pageIn(browser, 'ar')
  await page.goto(board.links.facilitator)
  await page.getByLabel('اسمك').fill('سارة')
  await page.getByRole('button', { name: 'انضم إلى اللوحة' }).click()
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'live')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  // The brand starts the bar at the right; the buttons end it at the left.
  const brand = await page.getByRole('link', { name: 'Common Ground' }).boundingBox()
  const share = await page.getByTestId('share-button').boundingBox()
  expect(brand && share && brand.x > share.x).toBe(true)
  await page.getByTestId('views-toggle').click()
  const panel = await page.getByTestId('board-panel').boundingBox()
  const canvas = await page.locator('div.canvas').boundingBox()
  expect(panel && canvas && panel.x < canvas.x).toBe(true)
  await page.screenshot({ path: testInfo.outputPath('board-rtl.png') })
  await page.context().close()
})

test('a board made in Welsh shows its relations in English to an English reader', async ({
  browser,
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url, 'Rhwydwaith')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await ada.addPersonOnCanvas('Sam')
  await ada.addAssetOnCanvas('Cegin')

  const welsh = await pageIn(browser, 'cy')
  const gwen = new BoardPage(welsh, server.url)
  await welsh.goto(board.links.participant)
  await welsh.getByLabel('Eich enw').fill('Gwen')
  await welsh.getByRole('button', { name: 'Ymuno â’r bwrdd' }).click()
  await gwen.waitLive()
  await gwen.drawArrowBetween(gwen.personCard('Sam'), gwen.assetCard('Cegin'))
  const picker = welsh.getByRole('group', { name: 'Y cysylltiad hwn:' })
  await picker.getByRole('button', { name: 'yn cefnogi' }).click()
  await expect(picker.getByRole('button', { name: 'yn cefnogi' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const arrow = (page: Page) => page.locator('.tl-shape[data-shape-type="arrow"]')
  await expect(arrow(welsh)).toContainText('yn cefnogi')
  await expect(arrow(ada.page)).toContainText('supports')
  await expect(arrow(ada.page)).not.toContainText('cefnogi')
  await ada.views.show('People and connections')
  await expect.poll(() => ada.views.connections()).toEqual(['Sam | supports | Cegin'])
  await welsh.context().close()
})

for (const language of ['cy', 'ar'] as const) {
  test(`axe finds no serious violations in ${language}`, async ({ browser, server }) => {
    const page = await pageIn(browser, language)
    await page.goto(server.url)
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    expect(await seriousViolations(page), 'home').toEqual([])

    const board = await createBoard(server.url, 'Audit', 'full-workshop')
    await page.goto(board.links.facilitator)
    expect(await seriousViolations(page), 'join').toEqual([])
    await page.locator('input[name="name"]').fill('Ada')
    await page.locator('form.join-form button[type="submit"]').click()
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'live')
    await page.getByTestId('views-toggle').click()
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click()
      expect(await seriousViolations(page, [TLDRAW_INTERNALS]), await tab.innerText()).toEqual([])
    }
    await page.getByTestId('share-button').click()
    await expect(page.getByTestId('participant-link')).toBeVisible()
    expect(await seriousViolations(page, [TLDRAW_INTERNALS]), 'share').toEqual([])
    await page.context().close()
  })
}
