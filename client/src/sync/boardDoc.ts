import { checkBoardRecord, openBoardDocument, type BoardDocument } from '@common-ground/shared'
import type { TLRecord, TLStore } from 'tldraw'

/**
 * A board's Y.Doc as the binding sees it: the one board-document module of shared
 * (shared/src/boardDocument), under the names the binding uses. Values read from it came
 * from other clients through the relay and are `unknown` until {@link acceptRemoteRecord}
 * has checked them.
 */
export type BoardDoc = BoardDocument
export const openBoardDoc = openBoardDocument
export {
  deleteBoardRecord,
  readBoardRecord,
  readBoardSchema,
  writeBoardRecord,
} from '@common-ground/shared'

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
