import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { apiPaths, BEARER_PREFIX } from '@common-ground/shared'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard, tokenOf } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/** tldraw's own UI is audited by tldraw (see accessibility.spec.ts). */
const TLDRAW_INTERNALS = '.tl-container'

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude(TLDRAW_INTERNALS)
    .analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

const cardsIn = (page: Page, scope: string, title: string) =>
  page.locator(`${scope} .tl-shape[data-shape-type="cg-asset"]`).filter({ hasText: title })

test('a checkpoint is taken and restored with two browsers on the board; the second sees the restore', async ({
  server,
  newParticipantPage,
}) => {
  // A blank board: both browsers look at the same place, where the Add menu puts cards.
  const board = await createBoard(server.url, 'Youth services')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada' })
  await grace.open(board.links.participant, { name: 'Grace' })
  await grace.addAssetOnCanvas('Library')
  await expect(ada.assetCard('Library')).toBeVisible()

  // The facilitator names a checkpoint, by keyboard.
  const history = ada.page.getByRole('button', { name: 'History', exact: true })
  await history.focus()
  await ada.page.keyboard.press('Enter')
  const dialog = ada.page.getByRole('dialog', { name: 'History of this board' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Name a checkpoint of the board now').fill('Before voting')
  await ada.page.keyboard.press('Enter')
  await expect(dialog.getByRole('status').first()).toHaveText('Checkpoint “Before voting” kept.')
  const named = dialog.getByTestId('checkpoint').filter({ hasText: 'Before voting' })
  await expect(named).toContainText('Named')
  await expect(named).toContainText('1 card')
  expect(await seriousViolations(ada.page)).toEqual([])
  await ada.page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(history).toBeFocused()

  await grace.addAssetOnCanvas('Minibus')
  await expect(ada.assetCard('Minibus')).toBeVisible()

  // A participant previews it read-only, over the board, but may not restore it.
  await grace.page.getByRole('button', { name: 'History', exact: true }).click()
  const graceDialog = grace.page.getByRole('dialog', { name: 'History of this board' })
  const graceNamed = graceDialog.getByTestId('checkpoint').filter({ hasText: 'Before voting' })
  await expect(graceNamed).toBeVisible()
  await expect(graceDialog.getByRole('button', { name: /^Restore/ })).toHaveCount(0)
  await graceNamed.getByRole('button', { name: /^Preview the checkpoint of/ }).click()
  const preview = grace.page.getByTestId('checkpoint-preview')
  await expect(cardsIn(grace.page, '[data-testid="checkpoint-preview"]', 'Library')).toBeVisible()
  await expect(cardsIn(grace.page, '[data-testid="checkpoint-preview"]', 'Minibus')).toHaveCount(0)
  expect(await seriousViolations(grace.page)).toEqual([])
  await preview.getByRole('button', { name: 'Close' }).click()
  await graceDialog.getByRole('button', { name: 'Close' }).first().click()
  // The board underneath never changed.
  await expect(grace.assetCard('Minibus')).toBeVisible()

  // The facilitator restores it; Grace sees the board go back, and the board as it was is kept.
  await history.click()
  await named.getByRole('button', { name: /^Restore the checkpoint of/ }).click()
  await dialog.getByRole('button', { name: 'Yes, restore' }).click()
  await expect(dialog.getByTestId('history-status')).toContainText('The board is back as it was')
  await expect(dialog.getByTestId('checkpoint').first()).toContainText('Before a restore')
  await expect(dialog.getByTestId('checkpoint').first()).toContainText('2 cards')
  await expect(grace.assetCard('Minibus')).toHaveCount(0)
  await expect(grace.assetCard('Library')).toBeVisible()
  await expect(ada.assetCard('Minibus')).toHaveCount(0)
  await ada.page.keyboard.press('Escape')

  // The facilitator renames the board; Grace's title changes too.
  await ada.page.getByRole('button', { name: 'Rename', exact: true }).click()
  const rename = ada.page.getByRole('dialog', { name: 'Rename the board' })
  await rename.getByLabel('Title of the board').fill('Youth services, autumn')
  await rename.getByRole('button', { name: 'Rename' }).click()
  await expect(rename).toBeHidden()
  await expect(ada.page.getByTestId('board-title')).toHaveText('Youth services, autumn')
  await expect(grace.page.getByTestId('board-title')).toHaveText('Youth services, autumn')
  await expect(grace.page.getByRole('button', { name: 'Rename', exact: true })).toHaveCount(0)
})

test('an archived board opens straight to its read view, with no join form', async ({
  server,
  newParticipantPage,
}, testInfo) => {
  const board = await createBoard(server.url, 'Neighbourhood time bank', 'full-workshop')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada' })
  await ada.addAssetOnCanvas('Community kitchen')
  await ada.addPersonOnCanvas('Amira')
  const archived = await fetch(new URL(apiPaths.archive(board.id), server.url), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: BEARER_PREFIX + tokenOf(board.links.facilitator),
    },
    body: JSON.stringify({ archived: true }),
  })
  expect(archived.status).toBe(200)
  // The facilitator's own page turns into the read view.
  await expect(ada.page.getByTestId('read-view')).toBeVisible()

  const page = await newParticipantPage()
  await page.goto(board.links.participant)
  const view = page.getByTestId('read-view')
  await expect(view).toBeVisible()
  await expect(page.getByLabel('Your name')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neighbourhood time bank')
  await expect(page.getByTestId('read-frames').getByRole('listitem').first()).toBeVisible()
  await expect(view.getByRole('link', { name: /CSV|board|JSON/i }).first()).toBeVisible()
  await expect(
    page
      .locator('.read-canvas .tl-shape[data-shape-type="cg-asset"]')
      .filter({ hasText: 'Community kitchen' }),
  ).toBeVisible()
  // The tables read the same board, read-only.
  await page.getByRole('button', { name: 'Tables' }).click()
  await expect(page.getByTestId('board-panel')).toContainText('Community kitchen')
  await expect(page.getByTestId('board-panel').getByRole('button', { name: /^Edit/ })).toHaveCount(
    0,
  )
  expect(await seriousViolations(page)).toEqual([])

  // The README's picture (docs/read-view.png).
  await page.screenshot({ path: testInfo.outputPath('read-view.png') })

  // By keyboard: a frame in the list brings it into view; the downloads are links.
  const firstFrame = page.getByTestId('read-frames').getByRole('button').first()
  await firstFrame.focus()
  await page.keyboard.press('Enter')
  await expect(firstFrame).toBeFocused()
  const download = view.getByRole('link', { name: /JSON/ })
  await download.focus()
  await expect(download).toBeFocused()

  // On a phone, opened there.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  await expect(view).toBeVisible()
  await expect(
    page
      .locator('.read-canvas .tl-shape[data-shape-type="cg-asset"]')
      .filter({ hasText: 'Community kitchen' }),
  ).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((e) => {
        if (e.getBoundingClientRect().right <= document.documentElement.clientWidth + 1)
          return false
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') return false
        }
        return true
      })
      .slice(0, 8)
      .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
  )
  expect(overflow, wide.join('\n')).toBeLessThanOrEqual(0)
  // The top of the page, then the board further down, as a reader scrolls to it.
  await page.screenshot({ path: testInfo.outputPath('read-view-phone.png') })
  await page.locator('.read-canvas').scrollIntoViewIfNeeded()
  await expect(
    page.locator('.read-canvas .cg-card-title', { hasText: 'Community kitchen' }),
  ).toBeInViewport()
  await page.screenshot({ path: testInfo.outputPath('read-view-phone-board.png') })
  expect(await seriousViolations(page)).toEqual([])
})
