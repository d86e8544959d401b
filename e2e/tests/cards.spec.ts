import type { Locator, Page } from '@playwright/test'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/** The page's editor, exposed by the app as window.__commonGround.editor. */
interface PageEditor {
  getCurrentPageShapes(): { id: string; type: string }[]
  getShape(id: string): { props: { h: number } } | undefined
  getShapePageBounds(id: string): { x: number; y: number; w: number; h: number } | undefined
  user: { getUserPreferences(): { color: string } }
}

const userColor = (page: Page) =>
  page.evaluate(
    () => (window.__commonGround!.editor as unknown as PageEditor).user.getUserPreferences().color,
  )

/** Whether an element shows all its text: nothing cut off below or beside. */
const showsAllItsText = (element: Locator) =>
  element.evaluate(
    (el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
  )

test('an asset card grows to show its whole title, holder and description', async ({
  page,
  server,
}) => {
  const board = await createBoard(server.url, 'Cards that fit')
  const ada = new BoardPage(page, server.url)
  await ada.open(board.links.facilitator, { name: 'Ada' })
  const title = 'Community kitchen at the old library on Station Road'
  const description =
    'Open on Tuesdays and Thursdays for the lunch club, run by volunteers who cook together with the people who come, and free for groups that book a week ahead.'
  await ada.views.addAsset({ title, kind: 'Place', heldBy: 'Friends of the library', description })

  const card = ada.assetCard(title)
  await expect(card).toBeVisible()
  await expect(card).toContainText(description)
  await expect(card).toContainText('Friends of the library')
  const id = await card.getAttribute('data-shape-id')
  const { stored, drawn } = await page.evaluate((shapeId) => {
    const editor = window.__commonGround!.editor as unknown as PageEditor
    return {
      stored: editor.getShape(shapeId)?.props.h ?? 0,
      drawn: editor.getShapePageBounds(shapeId)?.h ?? 0,
    }
  }, id!)
  // Taller than its stored size, and every part of it shows its words whole.
  expect(drawn).toBeGreaterThan(stored)
  for (const part of await card.locator('.cg-card p').all()) {
    expect(await showsAllItsText(part), await part.innerText()).toBe(true)
  }
  const box = await card.boundingBox()
  const content = await card.locator('.cg-card').boundingBox()
  expect(content!.height).toBeLessThanOrEqual(box!.height + 1)
})

test('cards added from the panel do not cover each other, even once grown to their words', async ({
  page,
  server,
}) => {
  const board = await createBoard(server.url, 'Cards apart', 'full-workshop')
  const ada = new BoardPage(page, server.url)
  await ada.open(board.links.facilitator, { name: 'Ada' })
  await ada.views.addPerson({ name: 'Sam', takesPartAs: 'Person using services' })
  await ada.views.addPerson({ name: 'Grace' })
  await ada.views.addConnection('Sam (person)', 'learns from', 'Grace (person)')
  await ada.views.addAsset({
    title: 'Community kitchen at the old library',
    kind: 'Place',
    heldBy: 'Friends of the library',
    description: 'Open on Tuesdays for the lunch club, run by volunteers.',
  })
  await expect(ada.assetCard('Community kitchen at the old library')).toBeVisible()
  const cards = await page.evaluate(() => {
    const editor = window.__commonGround!.editor as unknown as PageEditor
    return editor
      .getCurrentPageShapes()
      .filter((shape) => shape.type === 'cg-asset' || shape.type === 'cg-person')
      .map((shape) => editor.getShapePageBounds(shape.id)!)
  })
  expect(cards).toHaveLength(3)
  for (const [i, a] of cards.entries()) {
    for (const b of cards.slice(i + 1)) {
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y
      expect(apart, JSON.stringify([a, b])).toBe(true)
    }
  }
})

test('a relation on an arrow reads as whole words, on one line', async ({ page, server }) => {
  const board = await createBoard(server.url, 'Arrow words')
  const ada = new BoardPage(page, server.url)
  await ada.open(board.links.facilitator, { name: 'Ada' })
  await ada.views.addPerson({ name: 'Grace' })
  await ada.views.addPerson({ name: 'Sam' })
  await ada.views.addConnection('Grace (person)', 'learns from', 'Sam (person)')

  const label = page.locator('.tl-shape[data-shape-type="arrow"] .cg-relation-label')
  await expect(label).toHaveText('learns from')
  const lines = await label.evaluate((el) => {
    const style = getComputedStyle(el)
    const contentHeight =
      el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
    return contentHeight / parseFloat(style.lineHeight)
  })
  expect(lines).toBeCloseTo(1, 0)
  expect(await showsAllItsText(label)).toBe(true)
})

test('a newcomer who did not pick a colour is moved off the colour someone present wears', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url, 'Colours')
  const ben = new BoardPage(await newParticipantPage(), server.url)
  await ben.goto(board.links.participant)
  await expect(ben.joinButton).toBeVisible({ timeout: 30_000 })
  // The colour Ben's form offers him; Ada, already on the board, chose that one herself.
  const offered = await ben.page
    .getByRole('group', { name: 'Your colour' })
    .getByRole('radio', { checked: true })
    .evaluate((radio) => (radio as HTMLInputElement).labels?.[0]?.innerText.trim() ?? '')
  expect(offered).not.toBe('')

  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.participant, { name: 'Ada', color: offered })
  const adaColor = await userColor(ada.page)

  await ben.join({ name: 'Ben' })
  await ben.waitLive()
  await expect.poll(() => userColor(ben.page), { timeout: 15_000 }).not.toBe(adaColor)
  // Ada chose hers, so she keeps it.
  expect(await userColor(ada.page)).toBe(adaColor)
})
