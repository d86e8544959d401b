import { BoardPage } from '../pages/BoardPage.js'
import { BoardDocClient } from '../support/BoardDocClient.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

test('two participants see each other’s shapes, moves and named cursors', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url)
  const ada = new BoardPage(await newParticipantPage(), server.url)
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await grace.open(board.links.participant, { name: 'Grace', color: 'Plum' })

  // Ada draws; Grace sees the same rectangle.
  const drawn = await ada.drawRectangle({ x: 400, y: 250 }, { x: 560, y: 350 })
  await expect(grace.shapeElement(drawn.id)).toBeVisible()
  await expect
    .poll(async () => (await grace.shapes()).map(({ id, x, y, props }) => ({ id, x, y, props })))
    .toEqual([{ id: drawn.id, x: drawn.x, y: drawn.y, props: drawn.props }])

  // Grace moves it; it moves for Ada too, on screen and in her document.
  const boxBefore = await ada.shapeElement(drawn.id).boundingBox()
  expect(boxBefore).not.toBeNull()
  const by = { x: 120, y: 80 }
  // The drag travels as small motion entries, and the record is written whole once the
  // shape rests (client/src/sync/SPEC.md rule 6).
  const reader = await BoardDocClient.connect(board.links.observer)
  let motionUpdates = 0
  reader.motion.on('change', (changes: Map<string, unknown>) => {
    if (changes.has(drawn.id)) motionUpdates++
  })
  await grace.dragShape(drawn.id, by)
  await expect
    .poll(async () => (await grace.shapes()).find((s) => s.id === drawn.id))
    .toMatchObject({ x: drawn.x + by.x, y: drawn.y + by.y })
  await expect
    .poll(async () => (await ada.shapes()).find((s) => s.id === drawn.id))
    .toMatchObject({ x: drawn.x + by.x, y: drawn.y + by.y })
  await expect
    .poll(async () => {
      const box = await ada.shapeElement(drawn.id).boundingBox()
      return box && [Math.round(box.x - boxBefore!.x), Math.round(box.y - boxBefore!.y)]
    })
    .toEqual([by.x, by.y])
  expect(motionUpdates).toBeGreaterThan(0)
  await expect
    .poll(() => [reader.motion.get(drawn.id), reader.records.get(drawn.id)])
    .toMatchObject([undefined, { x: drawn.x + by.x, y: drawn.y + by.y }])
  reader.destroy()

  // Each sees the other's cursor, labelled with the name they joined with.
  await ada.pointAt({ x: 300, y: 500 })
  await grace.pointAt({ x: 700, y: 450 })
  await expect(ada.collaboratorNameTag('Grace')).toBeVisible()
  await expect(grace.collaboratorNameTag('Ada')).toBeVisible()
  // ...in the colour they chose (Plum #7e197f, Red #e02506).
  await expect(ada.collaboratorNameTag('Grace')).toHaveCSS('background-color', 'rgb(126, 25, 127)')
  await expect(grace.collaboratorNameTag('Ada')).toHaveCSS('background-color', 'rgb(224, 37, 6)')
  expect(await ada.cursorNames()).toEqual(['Grace'])
  expect(await grace.cursorNames()).toEqual(['Ada'])
})
