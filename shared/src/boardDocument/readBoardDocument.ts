import type * as Y from 'yjs'
import { META_SCHEMA_KEY, Y_META, Y_MOTION, Y_RECORDS } from '../document.js'
import { withMotion } from '../motion.js'

/** One entry of a YKeyValue array (`records`, `motion`): the layout of shared/src/document.ts. */
export interface KeyValueEntry {
  key: string
  val: unknown
}

/**
 * The root types of a board's doc, declared with their kinds. A doc must declare them
 * before an update is applied for Yjs to read the roots as the right types.
 */
export function boardDocRoots(doc: Y.Doc) {
  return {
    records: doc.getArray<KeyValueEntry>(Y_RECORDS),
    meta: doc.getMap<unknown>(Y_META),
    motion: doc.getArray<KeyValueEntry>(Y_MOTION),
  }
}

/**
 * A YKeyValue array read without YKeyValue (which would start observing it): of several
 * entries with one key (concurrent writes not cleaned up yet), the rightmost wins, as
 * YKeyValue decides.
 */
export function readKeyValues(array: Y.Array<KeyValueEntry>): Map<string, unknown> {
  const out = new Map<string, unknown>()
  const entries = array.toArray()
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!
    if (!out.has(entry.key)) out.set(entry.key, entry.val)
  }
  return out
}

/**
 * Every record of a board's doc as the board holds it: its `records` value with its
 * `motion` entry laid over (shared/src/motion.ts), by id. Values are unchecked.
 */
export function readBoardRecords(doc: Y.Doc): Record<string, unknown> {
  const { records, motion } = boardDocRoots(doc)
  const moved = readKeyValues(motion)
  const out: Record<string, unknown> = {}
  for (const [key, value] of readKeyValues(records)) out[key] = withMotion(value, moved.get(key))
  return out
}

/** The schema the board was written with (`meta.schema`), unchecked; undefined if none. */
export function readStoredSchema(doc: Y.Doc): unknown {
  return boardDocRoots(doc).meta.get(META_SCHEMA_KEY)
}
