import { BoardPage } from '../pages/BoardPage.js'
import { BoardDocClient } from '../support/BoardDocClient.js'
import { createBoard } from '../support/boards.js'
import { DEFAULT_PAGE_ID, geoShapeRecord } from '../support/records.js'
import { expect, test } from '../support/fixtures.js'

test('a shape written by a plain y-websocket client in Node appears in the browser', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url)
  const viewer = new BoardPage(await newParticipantPage(), server.url)
  await viewer.open(board.links.participant, { name: 'Ada' })

  // The participant's token, sent as `Authorization: Bearer`.
  const client = await BoardDocClient.connect(board.links.participant)
  try {
    // The browser created the document, so its page is already on the server.
    await expect
      .poll(() =>
        client
          .all()
          .filter((record) => record.typeName === 'page')
          .map((r) => r.id),
      )
      .toEqual([DEFAULT_PAGE_ID])

    const shape = geoShapeRecord({ x: 200, y: 160, w: 240, h: 120, label: 'Written from Node' })
    client.put(shape)

    const element = viewer.shapeElement(shape.id)
    await expect(element).toBeVisible()
    await expect(element).toContainText('Written from Node')
    const box = await element.boundingBox()
    expect(box && [Math.round(box.width), Math.round(box.height)]).toEqual([240, 120])
    expect(await viewer.shapes()).toEqual([
      { id: shape.id, type: 'geo', x: 200, y: 160, props: shape.props },
    ])

    // A participant arriving later loads it from the server too.
    const latecomer = new BoardPage(await newParticipantPage(), server.url)
    await latecomer.open(board.links.observer, { name: 'Grace' })
    await expect(latecomer.shapeElement(shape.id)).toContainText('Written from Node')
  } finally {
    client.destroy()
  }
})
