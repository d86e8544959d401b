import { BoardPage } from '../pages/BoardPage.js'
import { BoardDocClient } from '../support/BoardDocClient.js'
import { createBoard } from '../support/boards.js'
import { geoShapeRecord } from '../support/records.js'
import { expect, test } from '../support/fixtures.js'

test('an observer watches live but cannot change the board, even by going around the UI', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url)
  const grace = new BoardPage(await newParticipantPage(), server.url)
  const olive = new BoardPage(await newParticipantPage(), server.url)
  await grace.open(board.links.participant, { name: 'Grace' })
  await olive.open(board.links.observer, { name: 'Olive' })

  // The observer is told, on the canvas, that it is view only; the participant is not.
  await expect(olive.viewOnlyBadge).toBeVisible()
  await expect(olive.viewOnlyBadge).toContainText('View only')
  await expect(grace.viewOnlyBadge).toBeHidden()
  expect(await olive.isReadonly()).toBe(true)

  // What the participant draws appears for the observer, live.
  const drawn = await grace.drawRectangle({ x: 400, y: 250 }, { x: 560, y: 350 })
  await expect(olive.shapeElement(drawn.id)).toBeVisible()

  // The observer's rectangle tool does nothing.
  await olive.rectangleGesture({ x: 300, y: 450 }, { x: 420, y: 560 })
  await olive.nextFrames()
  expect((await olive.shapes()).map((shape) => shape.id)).toEqual([drawn.id])

  // Around the UI: tldraw's read-only flag off, a shape made through the editor API.
  const forced = await olive.forceRectangle({ x: 700, y: 300 })
  expect(forced, 'the editor API made the shape on the observer’s page').toHaveLength(1)
  await olive.nextFrames()
  // Whatever the observer's page sent went through the server before its next awareness
  // change (one socket, handled in order; observers draw no cursor, but they are listed
  // among the people): once Grace sees Olive's new name, the forced shape would have
  // reached her too.
  await olive.changeName('Olive watching')
  await grace.openPeople()
  await expect(grace.person('Olive watching')).toBeVisible()
  await expect(grace.person('Olive watching')).toContainText('View only')
  const graceIds = (await grace.shapes()).map((shape) => shape.id)
  expect(graceIds).toEqual([drawn.id])

  // ...nor is it on the server: a Node client reads exactly the participant's shape,
  const reader = await BoardDocClient.connect(board.links.observer)
  try {
    const shapeIds = reader
      .all()
      .filter((record) => record.typeName === 'shape')
      .map((record) => record.id)
    expect(shapeIds, `the server holds none of ${JSON.stringify(forced)}`).toEqual([drawn.id])
  } finally {
    reader.destroy()
  }
  // ...and both pages, reloaded from the server, hold only that shape.
  await grace.reload({ name: 'Grace' })
  await expect(grace.shapeElement(drawn.id)).toBeVisible()
  expect((await grace.shapes()).map((shape) => shape.id)).toEqual([drawn.id])
  await olive.reload({ name: 'Olive watching' })
  await expect(olive.shapeElement(drawn.id)).toBeVisible()
  expect((await olive.shapes()).map((shape) => shape.id)).toEqual([drawn.id])
  await expect(olive.viewOnlyBadge).toBeVisible()
  // The participant still edits; the observer still watches.
  const second = await grace.drawRectangle({ x: 200, y: 200 }, { x: 300, y: 280 })
  await expect(olive.shapeElement(second.id)).toBeVisible()
})

test('the server drops what a client with the observer link writes', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url)
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await grace.open(board.links.participant, { name: 'Grace' })
  const drawn = await grace.drawRectangle({ x: 400, y: 250 }, { x: 520, y: 330 })

  // A plain y-websocket client, not our UI: nothing on its side holds it back.
  const observer = await BoardDocClient.connect(board.links.observer)
  try {
    expect(observer.get(drawn.id)).toBeDefined()
    const forced = geoShapeRecord({ x: 100, y: 100, w: 120, h: 80, label: 'Not allowed' })
    observer.put(forced)
    // Its next awareness change travels the same socket after the update: once Grace
    // lists it, the server has handled (and dropped) the shape.
    observer.announce({ id: 'node-observer', name: 'Node observer', color: '#000eff' })
    await grace.openPeople()
    await expect(grace.person('Node observer')).toBeVisible()
    expect((await grace.shapes()).map((shape) => shape.id)).toEqual([drawn.id])

    const reader = await BoardDocClient.connect(board.links.participant)
    try {
      expect(reader.get(forced.id)).toBeUndefined()
      expect(reader.get(drawn.id)).toBeDefined()
    } finally {
      reader.destroy()
    }
  } finally {
    observer.destroy()
  }
})
