import * as Y from 'yjs'
import {
  buildTemplateBoard,
  createBoardSchema,
  META_SCHEMA_KEY,
  Y_META,
  Y_RECORDS,
  type TemplateId,
} from '@common-ground/shared'

/**
 * The first update of a board made from a template: the template's records (with
 * tldraw's document and default page) and the board schema, in the layout of
 * shared/src/document.ts. A client opening it finds a schema and records equal to what
 * its own store holds after loading, so it writes nothing back (client/src/sync/loadBoard.ts).
 *
 * The records go into the array as y-utility's YKeyValue writes a new key (one
 * `{ key, val }` entry each), without the library, which the server does not ship.
 */
export function templateBoardUpdate(templateId: TemplateId): Uint8Array {
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      doc
        .getArray<{ key: string; val: unknown }>(Y_RECORDS)
        .push(buildTemplateBoard(templateId).map((record) => ({ key: record.id, val: record })))
      doc.getMap(Y_META).set(META_SCHEMA_KEY, createBoardSchema().serialize())
    })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}

/**
 * The first update of a blank board: the board schema alone. Only the server writes a
 * board's schema (PROTOCOL.md R30, R31); the first browser adds tldraw's document and page.
 */
export function blankBoardUpdate(): Uint8Array {
  const doc = new Y.Doc()
  try {
    doc.getMap(Y_META).set(META_SCHEMA_KEY, createBoardSchema().serialize())
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
