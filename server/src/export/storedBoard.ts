import type { TLShapeId } from '@tldraw/tlschema'
import * as Y from 'yjs'
import {
  checkBoardRecord,
  checkSerializedSchema,
  createBoardSchema,
  META_SCHEMA_KEY,
  RATING_TOTALS_TYPE,
  RATING_TYPE,
  ratingDistribution,
  ratingTotalsShapeId,
  withMotion,
  Y_META,
  Y_MOTION,
  Y_RECORDS,
  type BoardExport,
  type BoardId,
} from '@common-ground/shared'
import type { BoardStore } from '../storage/BoardStore.js'

type TLRecord = BoardExport['records'][string]

export interface BoardContents {
  /** The schema the board was written with; the server's own for a board never written. */
  schema: BoardExport['schema']
  /** Every record as the board holds it (stored, with any motion laid over), by id. */
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
  const stored = keyValues(doc, Y_RECORDS)
  const motion = keyValues(doc, Y_MOTION)
  // A shape someone was moving is where its motion entry says (shared/src/motion.ts).
  const records: Record<string, TLRecord> = {}
  for (const [key, value] of Object.entries(stored)) {
    records[key] = withMotion(value, motion[key]) as TLRecord
  }
  withoutNamedRatings(records)
  const storedSchema = checkSerializedSchema(doc.getMap(Y_META).get(META_SCHEMA_KEY))
  const written = storedSchema.ok ? storedSchema.schema : schema.serialize()
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

/**
 * R54: an export carries no one's individual answers. A board not opened since ratings
 * became secrets may still hold `cg-rating` records (the room moves them out when it
 * loads, R53): they are left out, and each check gets the totals they add up to.
 */
function withoutNamedRatings(records: Record<string, TLRecord>): void {
  const all = Object.values(records)
  const checks = new Set<string>()
  for (const [key, record] of Object.entries(records)) {
    if (record.typeName !== 'shape' || record.type !== RATING_TYPE) continue
    checks.add(record.parentId)
    delete records[key]
  }
  for (const checkId of checks) {
    const id = ratingTotalsShapeId(checkId as TLShapeId)
    if (Object.hasOwn(records, id) || !Object.hasOwn(records, checkId)) continue
    records[id] = createBoardSchema().types.shape.create({
      id,
      type: RATING_TOTALS_TYPE,
      parentId: checkId as TLShapeId,
      index: 'a0' as never,
      props: ratingDistribution(all, checkId as TLShapeId),
    }) as TLRecord
  }
}

/** A YKeyValue array read without YKeyValue: of several entries with one key, the rightmost wins. */
function keyValues(doc: Y.Doc, name: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const entries = doc.getArray<{ key: string; val: unknown }>(name).toArray()
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!
    if (!Object.hasOwn(out, entry.key)) out[entry.key] = entry.val
  }
  return out
}
