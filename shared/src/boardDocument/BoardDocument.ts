import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'
import { META_SCHEMA_KEY, Y_META, Y_MOTION, Y_RECORDS } from '../document.js'
import { withMotion } from '../motion.js'
import type { KeyValueEntry } from './readBoardDocument.js'

/**
 * A board's Y.Doc for a writer (the client's binding, templates, e2e, the bench): the
 * `records` and `motion` arrays through y-utility's YKeyValue, as every client writes
 * them, and the `meta` map. Values read from it are `unknown` until checked
 * (`checkBoardRecord`).
 */
export interface BoardDocument {
  doc: Y.Doc
  records: YKeyValue<unknown>
  /** Positions of shapes being moved, laid over `records` (shared/src/motion.ts). */
  motion: YKeyValue<unknown>
  meta: Y.Map<unknown>
}

// YKeyValue observes its array for as long as the doc lives and cleans up duplicate
// keys in that observer; two instances on one array would both do it. One per array.
const keyValues = new WeakMap<Y.Array<KeyValueEntry>, YKeyValue<unknown>>()

function keyValueOf(doc: Y.Doc, name: string): YKeyValue<unknown> {
  const array = doc.getArray<KeyValueEntry>(name)
  let keyValue = keyValues.get(array)
  if (!keyValue) {
    keyValue = new YKeyValue<unknown>(array)
    keyValues.set(array, keyValue)
  }
  return keyValue
}

/** The one BoardDocument of `doc`: opening it twice gives the same YKeyValues. */
export function openBoardDocument(doc: Y.Doc): BoardDocument {
  return {
    doc,
    records: keyValueOf(doc, Y_RECORDS),
    motion: keyValueOf(doc, Y_MOTION),
    meta: doc.getMap<unknown>(Y_META),
  }
}

/** A record as the board holds it: its stored value with any motion laid over it. */
export function readBoardRecord(board: BoardDocument, id: string): unknown {
  return withMotion(board.records.get(id), board.motion.get(id))
}

/** Every record id the board holds. */
export function boardRecordIds(board: BoardDocument): string[] {
  return [...board.records.map.keys()]
}

/** Writes a whole record; the record carries its position, so its motion entry goes. */
export function writeBoardRecord(board: BoardDocument, record: { id: string }): void {
  board.records.set(record.id, record)
  if (board.motion.has(record.id)) board.motion.delete(record.id)
}

export function deleteBoardRecord(board: BoardDocument, id: string): void {
  if (board.records.has(id)) board.records.delete(id)
  if (board.motion.has(id)) board.motion.delete(id)
}

/** Sets where a shape is while it moves (shared/src/motion.ts). */
export function writeBoardMotion(board: BoardDocument, id: string, motion: unknown): void {
  board.motion.set(id, motion)
}

export function readBoardSchema(board: BoardDocument): unknown {
  return board.meta.get(META_SCHEMA_KEY)
}

export function writeBoardSchema(board: BoardDocument, schema: unknown): void {
  board.meta.set(META_SCHEMA_KEY, schema)
}
