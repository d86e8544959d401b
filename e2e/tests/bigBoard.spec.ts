import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

test('a shape off screen is drawn once it comes into view, and stays drawn', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url)
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  const [near, far] = ['shape:near', 'shape:far'] as const
  await ada.page.evaluate(
    ([near, far]) => {
      const editor = window.__commonGround!.editor!
      editor.createShape({ id: near, type: 'geo', x: 200, y: 200, props: { w: 120, h: 80 } })
      editor.createShape({ id: far, type: 'geo', x: 40_000, y: 40_000, props: { w: 120, h: 80 } })
      editor.selectNone()
    },
    [near, far] as const,
  )
  // Both are on the page; only the one in view has its rectangle drawn.
  await expect(ada.shapeElement(near).locator('svg')).not.toHaveCount(0)
  await expect(ada.shapeElement(far)).toBeAttached()
  await expect(ada.shapeElement(far).locator('svg')).toHaveCount(0)

  const zoomTo = (id: string) =>
    ada.page.evaluate((id) => {
      const editor = window.__commonGround!.editor!
      editor.zoomToBounds(editor.getShapePageBounds(id), { inset: 40 })
    }, id)
  await zoomTo(far)
  await expect(ada.shapeElement(far).locator('svg')).not.toHaveCount(0)
  await expect(ada.shapeElement(far)).toBeVisible()
  // Back to the first: the far one is hidden by tldraw's culling but stays drawn.
  await zoomTo(near)
  await expect(ada.shapeElement(far)).toBeHidden()
  await expect(ada.shapeElement(far).locator('svg')).not.toHaveCount(0)
})
