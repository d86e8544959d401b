import * as Y from 'yjs'
import { YKeyValue } from 'y-utility/y-keyvalue'
import { Y_RECORDS } from '@common-ground/shared'
import type { Page } from '@playwright/test'
import { BoardPage } from '../pages/BoardPage.js'
import { boardIdOf, createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/** What the browser keeps of a board's undelivered edits (client/src/sync/pendingStorage.ts). */
function keptUpdates(page: Page, boardId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('common-ground-offline')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('pending')) return resolve(0)
          const request = db
            .transaction('pending')
            .objectStore('pending')
            .index('boardId')
            .getAll(id)
          request.onsuccess = () =>
            resolve(
              (request.result as { updates: unknown[] }[]).reduce(
                (n, e) => n + e.updates.length,
                0,
              ),
            )
          request.onerror = () => reject(request.error)
        }
      }),
    boardId,
  )
}

test('SPEC 12-15: an edit made offline survives a closed tab and reaches the others when the server is back', async ({
  ownServer,
  newParticipantPage,
}) => {
  const board = await createBoard(ownServer.url, 'Offline')
  const boardId = boardIdOf(board.links.facilitator)
  const adaPage = await newParticipantPage()
  const ada = new BoardPage(adaPage, ownServer.url)
  const grace = new BoardPage(await newParticipantPage(), ownServer.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await grace.open(board.links.participant, { name: 'Grace', color: 'Plum' })

  await ownServer.stop()
  await expect(ada.connectionStatus).toHaveAttribute('data-state', 'offline')
  await ada.addAssetOnCanvas('Made offline', 'Place')
  await expect(adaPage.getByTestId('pending-changes')).toBeVisible()
  await expect.poll(() => keptUpdates(adaPage, boardId)).toBeGreaterThan(0)

  // The tab is closed while offline; the server comes back; the board is opened again.
  const context = adaPage.context()
  await adaPage.close()
  await ownServer.start()
  const again = new BoardPage(await context.newPage(), ownServer.url)
  await again.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await expect(again.assetCard('Made offline')).toBeVisible()
  await expect(grace.assetCard('Made offline')).toBeVisible()
  // Delivered: the browser's copy empties (rule 14).
  await expect.poll(() => keptUpdates(again.page, boardId), { timeout: 15_000 }).toBe(0)
  await expect(again.page.getByTestId('pending-changes')).toHaveCount(0)
})

test('SPEC 16: a kept change the server refuses is dropped and never sent again', async ({
  ownServer,
  newParticipantPage,
}) => {
  const board = await createBoard(ownServer.url, 'Refused')
  const boardId = boardIdOf(board.links.facilitator)
  const page = await newParticipantPage()
  const ada = new BoardPage(page, ownServer.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })

  // An edit an earlier tab kept that the server will refuse: a shape of no known type.
  const doc = new Y.Doc()
  new YKeyValue<unknown>(doc.getArray(Y_RECORDS)).set('shape:bogus', {
    id: 'shape:bogus',
    typeName: 'shape',
    type: 'no-such-shape',
  })
  const update = Array.from(Y.encodeStateAsUpdate(doc))
  await page.evaluate(
    ({ id, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('common-ground-offline')
        open.onsuccess = () => {
          const tx = open.result.transaction('pending', 'readwrite')
          tx.objectStore('pending').put({
            boardId: id,
            tabId: 'closed-tab',
            updates: [new Uint8Array(bytes)],
            savedAt: Date.now(),
          })
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
    { id: boardId, bytes: update },
  )
  const refusals = () => (ownServer.log().match(/4010|InvalidRecord|invalid record/gi) ?? []).length

  await ada.reload({ name: 'Ada', color: 'Red' })
  // Sent once, refused, reloaded: the browser's copy is gone.
  await expect.poll(() => keptUpdates(page, boardId), { timeout: 15_000 }).toBe(0)
  await expect(ada.connectionStatus).toHaveAttribute('data-state', 'live')
  const after = refusals()
  await ada.reload({ name: 'Ada', color: 'Red' })
  await page.waitForTimeout(1500)
  expect(refusals()).toBe(after)
  await expect(ada.connectionStatus).toHaveAttribute('data-state', 'live')
})
