import { BoardPage } from '../pages/BoardPage.js'
import { HomePage } from '../pages/HomePage.js'
import { expect, test } from '../support/fixtures.js'

test('a full-workshop board opens with its locked template shapes, and cards placed on them are classified', async ({
  page,
  server,
  newParticipantPage,
}, testInfo) => {
  // Started from the home page, the way a facilitator does it.
  const home = new HomePage(page, server.url)
  await home.open()
  await expect(home.templateOption('Blank board')).toBeChecked()
  await home.startNewBoard('Youth drop-in workshop', 'Full workshop')
  const facilitator = new BoardPage(page, server.url)
  await facilitator.joinIfAsked({ name: 'Ada', color: 'Red' })
  await facilitator.waitLive()

  for (const type of ['cg-grid', 'cg-ladder', 'cg-six-elements']) {
    await expect(facilitator.shapesOfType(type)).toHaveCount(1)
  }
  const template = await facilitator.shapes()
  expect(template.length).toBeGreaterThan(3)
  const locked = await page.evaluate(() =>
    window
      .__commonGround!.editor!.getCurrentPageShapes()
      .every((shape) => (shape as unknown as { isLocked: boolean }).isLocked),
  )
  expect(locked).toBe(true)

  // A participant joins, adds cards and places one on the grid's co-production cell.
  const links = await page.evaluate(async (id) => {
    const response = await fetch(`/api/boards/${id}/links`)
    return (await response.json()) as { links: { participant: string } }
  }, new URL(page.url()).pathname.split('/').pop())
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await grace.open(links.links.participant, {
    name: 'Grace',
    color: 'Plum',
    takesPartAs: 'Person using services',
  })
  await grace.views.addAsset({ title: 'Peer mentors', kind: 'Lived experience', heldBy: 'Grace' })
  await grace.views.addAsset({ title: 'Youth centre', kind: 'Place', heldBy: 'Council' })
  await grace.views.show('People and connections')
  await grace.views.addMyselfButton.click()
  await grace.views.show('Six elements')
  const firstQuestion = grace.views.panel.getByTestId('rating-question').first()
  await firstQuestion.getByRole('radio', { name: /^3/ }).check()
  await expect(firstQuestion.getByTestId('rating-summary')).toHaveText(
    'Everyone: 0: 0, 1: 0, 2: 0, 3: 1, 4: 0',
  )

  // Ada zooms to the grid and drops "Peer mentors" on full co-production.
  await page.evaluate(() => {
    const editor = window.__commonGround!.editor! as unknown as {
      getCurrentPageShapes(): { id: string; type: string }[]
      zoomToBounds(bounds: unknown, opts?: unknown): void
      getShapePageBounds(id: string): unknown
    }
    const grid = editor.getCurrentPageShapes().find((shape) => shape.type === 'cg-grid')!
    editor.zoomToBounds(editor.getShapePageBounds(grid.id), { inset: 40 })
  })
  const card = facilitator.assetCard('Peer mentors')
  // Bring the card over: the editor moves it into view beside the grid first.
  await page.evaluate(() => {
    const editor = window.__commonGround!.editor! as unknown as {
      getCurrentPageShapes(): { id: string; type: string; props: { title?: string } }[]
      getViewportPageBounds(): { x: number; y: number; w: number; h: number }
      updateShape(partial: unknown): void
    }
    const view = editor.getViewportPageBounds()
    const shape = editor
      .getCurrentPageShapes()
      .find((s) => s.type === 'cg-asset' && s.props.title === 'Peer mentors')!
    editor.updateShape({ id: shape.id, type: 'cg-asset', x: view.x + 20, y: view.y + view.h - 180 })
  })
  const cell = page.locator('.cg-grid-cell', {
    hasText: 'Full user/professional/community co-production',
  })
  const from = (await card.boundingBox())!
  const to = (await cell.boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 })
  await page.mouse.up()
  await expect(card).toContainText('Grid: Full user/professional/community co-production')
  await facilitator.views.show('Grid and ladder')
  await expect(
    facilitator.views.panel.getByRole('row').filter({
      has: page.getByRole('rowheader', {
        name: 'Full user/professional/community co-production',
      }),
    }),
  ).toContainText('Peer mentors')

  // "Youth centre" onto the ladder's co-design rung (placed through the editor, as a
  // drop would), then a view of grid and ladder for the screenshots.
  await page.evaluate(() => {
    type Box = { x: number; y: number; w: number; h: number }
    const editor = window.__commonGround!.editor! as unknown as {
      getCurrentPageShapes(): { id: string; type: string; props: { title?: string } }[]
      getShapePageBounds(id: string): Box
      updateShape(partial: unknown): void
      zoomToBounds(bounds: Box, opts?: unknown): void
      selectNone(): void
    }
    const shapes = editor.getCurrentPageShapes()
    const ladder = editor.getShapePageBounds(shapes.find((s) => s.type === 'cg-ladder')!.id)
    const card = shapes.find((s) => s.type === 'cg-asset' && s.props.title === 'Youth centre')!
    const rungH = ladder.h / 7
    editor.updateShape({
      id: card.id,
      type: 'cg-asset',
      x: ladder.x + ladder.w * 0.5,
      y: ladder.y + rungH * 1.5 - 70,
    })
    // Into view: a shape's content is drawn once it has been on screen.
    editor.zoomToBounds(ladder, { inset: 40 })
    editor.selectNone()
  })
  await expect(facilitator.assetCard('Youth centre')).toContainText('Ladder: Co-design')
  await facilitator.views.show('Assets')
  await expect(facilitator.views.assetRow('Youth centre')).toContainText('Ladder: Co-design')
  await page.evaluate(() => {
    type Box = { x: number; y: number; w: number; h: number }
    const editor = window.__commonGround!.editor! as unknown as {
      getCurrentPageShapes(): { id: string; type: string }[]
      getShapePageBounds(id: string): Box
      zoomToBounds(bounds: Box, opts?: unknown): void
    }
    const grid = editor.getShapePageBounds(
      editor.getCurrentPageShapes().find((s) => s.type === 'cg-grid')!.id,
    )
    editor.zoomToBounds(grid, { inset: 16 })
  })
  await facilitator.views.show('Grid and ladder')
  await page.screenshot({ path: testInfo.outputPath('template-desktop.png') })
  const phone = new BoardPage(await newParticipantPage(), server.url)
  await phone.page.setViewportSize({ width: 375, height: 740 })
  await phone.open(links.links.participant, { name: 'Sam', color: 'Blue' })
  await phone.page.screenshot({ path: testInfo.outputPath('template-phone.png') })
  await phone.views.show('Assets')
  await phone.page.screenshot({ path: testInfo.outputPath('template-phone-views.png') })
  await expect(phone.views.assetRow('Peer mentors')).toBeVisible()
})
