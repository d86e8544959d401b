import { checkBoardRecord, META_SCHEMA_KEY, Y_META, Y_RECORDS } from '@common-ground/shared'
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
  meta: Y.Map<unknown>
}

// YKeyValue observes its array for as long as the doc lives and cleans up duplicate
// keys in that observer; two instances on one array would both do it. One per array.
const keyValues = new WeakMap<Y.Array<{ key: string; val: unknown }>, YKeyValue<unknown>>()

export function openBoardDoc(doc: Y.Doc): BoardDoc {
  const array = doc.getArray<{ key: string; val: unknown }>(Y_RECORDS)
  let records = keyValues.get(array)
  if (!records) {
    records = new YKeyValue<unknown>(array)
    keyValues.set(array, records)
  }
  return { doc, records, meta: doc.getMap<unknown>(Y_META) }
}

export function readBoardSchema(board: BoardDoc): unknown {
  return board.meta.get(META_SCHEMA_KEY)
}

export function writeBoardSchema(board: BoardDoc, schema: unknown): void {
  board.meta.set(META_SCHEMA_KEY, schema)
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
