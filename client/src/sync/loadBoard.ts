import { jsonEqual } from '@common-ground/shared'
import type { SerializedStore, TLRecord, TLStore } from 'tldraw'
import {
  acceptRemoteRecord,
  deleteBoardRecord,
  readBoardRecord,
  readBoardSchema,
  writeBoardRecord,
  type BoardDoc,
} from './boardDoc'
import { translate } from '../i18n/translate'
import { isSchemaNewer, readSerializedSchema } from './schemaVersion'

export type LoadResult =
  { type: 'loaded' } | { type: 'outdated'; message: string } | { type: 'failed'; message: string }

/** Read when said, so in the language the reader has at that moment. */
export const outdatedMessage = () => translate('board.outdated.body')

/**
 * Puts a board's records into the store before the binding starts listening, so that
 * loading is not mistaken for editing: a client joining a board writes nothing unless
 * the board needs it (records tldraw's integrity check had to add, on an empty board).
 * Anything written goes in one transaction with `origin`. The board's schema is never
 * written here: only the server writes it (server/PROTOCOL.md R30, R31), and it migrates
 * a board of an older schema when it loads it. A board still older than this client (a
 * server older than its page) is migrated in the store only and nothing is written back:
 * records of this client's versions under the board's older schema would be migrated
 * again by the next reader.
 */
export function loadBoard(
  store: TLStore,
  board: BoardDoc,
  origin: unknown,
  onInvalidRecord: (id: string, error: unknown) => void,
): LoadResult {
  const clientSchema = store.schema.serialize()
  const rawSchema = readBoardSchema(board)
  const boardRecords: Record<string, unknown> = {}
  for (const key of board.records.map.keys()) boardRecords[key] = readBoardRecord(board, key)

  if (rawSchema === undefined && Object.keys(boardRecords).length === 0) {
    return createBoard(store, board, origin)
  }

  const boardSchema = readSerializedSchema(rawSchema)
  if (!boardSchema) {
    return { type: 'failed', message: translate('board.error.unreadable') }
  }
  if (isSchemaNewer(boardSchema, clientSchema))
    return { type: 'outdated', message: outdatedMessage() }

  const migration = store.schema.migrateStoreSnapshot({
    store: boardRecords as SerializedStore<TLRecord>,
    schema: boardSchema,
  })
  if (migration.type === 'error') {
    return {
      type: 'failed',
      message: translate('board.error.migration', { reason: migration.reason }),
    }
  }

  const accepted = new Map<string, TLRecord>()
  for (const [id, value] of Object.entries(migration.value)) {
    const result = acceptRemoteRecord(store, id, value)
    if (result.ok) accepted.set(id, result.record)
    else onInvalidRecord(id, result.error)
  }

  store.mergeRemoteChanges(() => {
    const stale = store
      .allRecords()
      .filter((r) => store.scopedTypes.document.has(r.typeName) && !accepted.has(r.id))
    if (stale.length > 0) store.remove(stale.map((r) => r.id))
    store.put([...accepted.values()])
  })
  if (!jsonEqual(rawSchema, clientSchema)) return { type: 'loaded' }
  // mergeRemoteChanges ends with tldraw's integrity check, which adds a document or page
  // record if the board had none. Whatever the store now holds that the board does not
  // (that, or records the check removed) is written back.
  board.doc.transact(() => {
    writeStoreDifferences(store, board)
    for (const id of Object.keys(boardRecords)) {
      if (!(id in migration.value)) deleteBoardRecord(board, id)
    }
  }, origin)
  return { type: 'loaded' }
}

/**
 * An empty board without a schema (the server writes one into every board it makes or
 * loads, so only a board not synced yet) takes this client's document. A fresh tldraw
 * store is empty until its integrity check runs (mergeRemoteChanges runs it), which adds
 * the document record and tldraw's default page. Both have fixed ids and contents, so
 * when two first clients race, both write the same two records and the board still has
 * exactly one page.
 */
function createBoard(store: TLStore, board: BoardDoc, origin: unknown): LoadResult {
  store.mergeRemoteChanges(() => {})
  board.doc.transact(() => writeStoreDifferences(store, board), origin)
  return { type: 'loaded' }
}

function writeStoreDifferences(store: TLStore, board: BoardDoc): void {
  for (const record of Object.values(store.serialize('document'))) {
    if (!jsonEqual(readBoardRecord(board, record.id), record)) writeBoardRecord(board, record)
  }
}
