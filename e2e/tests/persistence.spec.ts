import { BoardPage, type ShapeSummary } from '../pages/BoardPage.js'
import { BoardDocClient } from '../support/BoardDocClient.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/*
 * Every browser holding the board is closed before the server goes down. A page left open
 * would reconnect to the restarted server and hand back its own copy of the document,
 * so the board would look intact even if the server had lost it.
 */

const byId = (a: ShapeSummary, b: ShapeSummary) => a.id.localeCompare(b.id)

test('a board survives a clean restart of the server (SIGTERM)', async ({
  ownServer,
  newParticipantPage,
}) => {
  const board = await createBoard(ownServer.url)
  const first = new BoardPage(await newParticipantPage(), ownServer.url)
  await first.open(board.links.participant, { name: 'Ada' })
  await first.drawRectangle({ x: 300, y: 200 }, { x: 420, y: 300 })
  await first.drawRectangle({ x: 600, y: 250 }, { x: 700, y: 420 })
  const drawn = (await first.shapes()).sort(byId)
  expect(drawn).toHaveLength(2)

  // The server has both shapes in memory once another client can read them from it.
  const reader = await BoardDocClient.connect(board.links.observer)
  await expect.poll(() => drawn.every(({ id }) => reader.get(id) !== undefined)).toBe(true)
  reader.destroy()
  await first.page.context().close()

  expect(await ownServer.stop(), 'SIGTERM ends the server cleanly').toEqual({
    code: 0,
    signal: null,
  })
  await ownServer.start()

  const second = new BoardPage(await newParticipantPage(), ownServer.url)
  await second.open(board.links.participant, { name: 'Grace' })
  for (const { id } of drawn) await expect(second.shapeElement(id)).toBeVisible()
  expect((await second.shapes()).sort(byId)).toEqual(drawn)
})

test('a shape another participant has seen survives kill -9 of the server', async ({
  ownServer,
  newParticipantPage,
}) => {
  const board = await createBoard(ownServer.url)
  const ada = new BoardPage(await newParticipantPage(), ownServer.url)
  const grace = new BoardPage(await newParticipantPage(), ownServer.url)
  await ada.open(board.links.participant, { name: 'Ada' })
  await grace.open(board.links.participant, { name: 'Grace' })
  const drawn = await ada.drawRectangle({ x: 350, y: 220 }, { x: 520, y: 330 })
  await expect(grace.shapeElement(drawn.id)).toBeVisible()

  // The server relayed the shape to Grace, so it has acknowledged it: it must be durable.
  expect(await ownServer.kill9()).toEqual({ code: null, signal: 'SIGKILL' })
  await ada.page.context().close()
  await grace.page.context().close()
  await ownServer.start()

  const later = new BoardPage(await newParticipantPage(), ownServer.url)
  await later.open(board.links.observer, { name: 'Grace' })
  await expect(later.shapeElement(drawn.id)).toBeVisible()
  expect(await later.shapes()).toEqual([drawn])
})
