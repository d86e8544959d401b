import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { BoardPage } from '../pages/BoardPage.js'
import { HomePage } from '../pages/HomePage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/**
 * tldraw's own canvas and UI (toolbars, style panel, menus): not our code, and audited
 * by tldraw. Our shapes render inside `.tl-canvas`, so they are audited separately by
 * their text contrast in the template test's screenshots, not here.
 */
const TLDRAW_INTERNALS = '.tl-container'

async function seriousViolations(page: Page, exclude: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  for (const selector of exclude) builder = builder.exclude(selector)
  const { violations } = await builder.analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

test('the home page, with its template choice, has no serious accessibility violations', async ({
  page,
  server,
}) => {
  const home = new HomePage(page, server.url)
  await home.open()
  await expect(home.templateOption('Full workshop')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the board page with the views panel open has no serious accessibility violations', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url, 'Audit', 'full-workshop')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await ada.views.addAsset({ title: 'Library', kind: 'Place', heldBy: 'Council' })
  await ada.views.addPerson({ name: 'Grace', takesPartAs: 'Person using services' })
  await ada.views.addAsset({ title: 'Time', kind: 'Time' })

  for (const view of [
    'Assets',
    'People and connections',
    'Grid and ladder',
    'Six elements',
    'Export',
  ] as const) {
    await ada.views.show(view)
    expect(await seriousViolations(ada.page, [TLDRAW_INTERNALS]), view).toEqual([])
  }
  // The Add dialog over the canvas, too.
  await ada.addMenu.getByRole('button', { name: 'Asset' }).click()
  await expect(ada.page.getByRole('dialog', { name: 'Add an asset' })).toBeVisible()
  expect(await seriousViolations(ada.page, [TLDRAW_INTERNALS]), 'add dialog').toEqual([])
})
