import type { TLShapeId } from '@tldraw/tlschema'
import * as Y from 'yjs'
import {
  boardDocRoots,
  boardSchema,
  checkBoardRecord,
  checkSerializedSchema,
  readBoardRecords,
  readStoredSchema,
  createBoardSchema,
  RATING_TOTALS_TYPE,
  RATING_TYPE,
  ratingDistribution,
  ratingTotalsShapeId,
  type BoardExport,
  type BoardId,
} from '@common-ground/shared'
import { refuseIfTooNew } from '../history/boardTooNew.js'
import type { UpdateLog } from '../storage/UpdateLog.js'

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
 * stores every update before relaying it (PROTOCOL.md R3) and compacts only through
 * entries it has applied (R60), so the log always holds at least what any room holds, and
 * no RoomManager access is needed.
 */
export async function readStoredBoard(log: UpdateLog, boardId: BoardId): Promise<BoardContents> {
  return readBoardUpdates((await log.load(boardId)).updates)
}

/** The records of a board made of these updates (a log, or one checkpoint's snapshot). */
export function readBoardUpdates(updates: readonly Uint8Array[]): BoardContents {
  const doc = new Y.Doc()
  boardDocRoots(doc)
  try {
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update)
      } catch {
        // The room skips an unreadable stored update too (Room.load); so does the export.
      }
    }
    // H31: a board written by a newer server is not read with this one's schema.
    refuseIfTooNew(doc)
    return contentsOf(doc)
  } finally {
    doc.destroy()
  }
}

function contentsOf(doc: Y.Doc): BoardContents {
  const schema = boardSchema()
  const records = readBoardRecords(doc) as Record<string, TLRecord>
  const storedSchema = checkSerializedSchema(readStoredSchema(doc))
  withoutNamedRatings(records)
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
