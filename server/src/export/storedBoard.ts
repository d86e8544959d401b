import * as Y from 'yjs'
import {
  checkBoardRecord,
  checkSerializedSchema,
  createBoardSchema,
  META_SCHEMA_KEY,
  Y_META,
  Y_RECORDS,
  type BoardExport,
  type BoardId,
} from '@common-ground/shared'
import type { BoardStore } from '../storage/BoardStore.js'

type TLRecord = BoardExport['records'][string]

export interface BoardContents {
  /** The schema the board was written with; the server's own for a board never written. */
  schema: BoardExport['schema']
  /** Every record as stored, by id. */
  records: Record<string, TLRecord>
  /** The records brought to the server's schema, each accepted by `checkBoardRecord`. */
  current: TLRecord[]
}

/**
 * A board's records as they are now. Reading the store is reading the live room: a room
 * stores every update before applying it (PROTOCOL.md R3) and compacts only its own
 * state, so the log always holds at least what the room holds, and no RoomManager access
 * is needed.
 */
export async function readStoredBoard(store: BoardStore, boardId: BoardId): Promise<BoardContents> {
  const { updates } = await store.load(boardId)
  const doc = new Y.Doc()
  try {
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update)
      } catch {
        // The room skips an unreadable stored update too (Room.load); so does the export.
      }
    }
    return contentsOf(doc)
  } finally {
    doc.destroy()
  }
}

let boardSchema: ReturnType<typeof createBoardSchema> | null = null

function contentsOf(doc: Y.Doc): BoardContents {
  const schema = (boardSchema ??= createBoardSchema())
  // YKeyValue semantics: of several entries with one key, the rightmost wins.
  const records: Record<string, TLRecord> = {}
  const entries = doc.getArray<{ key: string; val: TLRecord }>(Y_RECORDS).toArray()
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!
    if (!Object.hasOwn(records, entry.key)) records[entry.key] = entry.val
  }
  const stored = checkSerializedSchema(doc.getMap(Y_META).get(META_SCHEMA_KEY))
  const written = stored.ok ? stored.schema : schema.serialize()
  const migrated = schema.migrateStoreSnapshot({ store: records, schema: written })
  const current =
    migrated.type === 'success'
      ? Object.entries(migrated.value).flatMap(([key, value]) => {
          const result = checkBoardRecord(schema, key, value)
          return result.ok ? [result.record] : []
        })
      : []
  return { schema: written, records, current }
}
