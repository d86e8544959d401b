import {
  checkBoardRecord,
  META_SCHEMA_KEY,
  withMotion,
  Y_META,
  Y_MOTION,
  Y_RECORDS,
} from '@common-ground/shared'
import type { TLRecord, TLStore } from 'tldraw'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

/**
 * A board's Y.Doc as the binding sees it (layout in shared/src/document.ts). Values
 * read from it came from other clients through the relay and are `unknown` until
 * {@link acceptRemoteRecord} has checked them.
 */
export interface BoardDoc {
  doc: Y.Doc
  records: YKeyValue<unknown>
  /** Positions of shapes being moved, laid over `records` (shared/src/motion.ts). */
  motion: YKeyValue<unknown>
  meta: Y.Map<unknown>
}

// YKeyValue observes its array for as long as the doc lives and cleans up duplicate
// keys in that observer; two instances on one array would both do it. One per array.
const keyValues = new WeakMap<Y.Array<{ key: string; val: unknown }>, YKeyValue<unknown>>()

function keyValueOf(doc: Y.Doc, name: string): YKeyValue<unknown> {
  const array = doc.getArray<{ key: string; val: unknown }>(name)
  let keyValue = keyValues.get(array)
  if (!keyValue) {
    keyValue = new YKeyValue<unknown>(array)
    keyValues.set(array, keyValue)
  }
  return keyValue
}

export function openBoardDoc(doc: Y.Doc): BoardDoc {
  return {
    doc,
    records: keyValueOf(doc, Y_RECORDS),
    motion: keyValueOf(doc, Y_MOTION),
    meta: doc.getMap<unknown>(Y_META),
  }
}

/** A record as the board holds it: its stored value with any motion laid over it. */
export function readBoardRecord(board: BoardDoc, id: string): unknown {
  return withMotion(board.records.get(id), board.motion.get(id))
}

/** Writes a whole record; the record carries its position, so its motion entry goes. */
export function writeBoardRecord(board: BoardDoc, record: TLRecord): void {
  board.records.set(record.id, record)
  if (board.motion.has(record.id)) board.motion.delete(record.id)
}

export function deleteBoardRecord(board: BoardDoc, id: string): void {
  if (board.records.has(id)) board.records.delete(id)
  if (board.motion.has(id)) board.motion.delete(id)
}

export function readBoardSchema(board: BoardDoc): unknown {
  return board.meta.get(META_SCHEMA_KEY)
}

export type AcceptResult = { ok: true; record: TLRecord } | { ok: false; error: unknown }

/**
 * Checks a value from the doc before it may enter the store, with the same function the
 * server runs on every record a client writes (`checkBoardRecord`, server/PROTOCOL.md
 * R17): a document record (never instance, camera or presence state, whatever a peer
 * wrote), stored under its own id, plain JSON, and accepted by the schema's validator.
 * Nothing here throws.
 */
export function acceptRemoteRecord(store: TLStore, key: string, value: unknown): AcceptResult {
  const result = checkBoardRecord(store.schema, key, value)
  return result.ok ? result : { ok: false, error: new Error(result.reason) }
}

export function isDocumentRecordId(store: TLStore, id: string): id is TLRecord['id'] {
  const typeName = id.slice(0, id.indexOf(':'))
  return store.scopedTypes.document.has(typeName as TLRecord['typeName'])
}
