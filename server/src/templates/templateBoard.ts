import * as Y from 'yjs'
import {
  buildTemplateBoard,
  DEFAULT_LANGUAGE,
  createBoardSchema,
  META_SCHEMA_KEY,
  Y_META,
  Y_RECORDS,
  type LanguageId,
  type TemplateId,
} from '@common-ground/shared'

/**
 * The first update of a board made from a template: the template's records (with
 * tldraw's document and default page) and the board schema, in the layout of
 * shared/src/document.ts. A client opening it finds a schema and records equal to what
 * its own store holds after loading, so it writes nothing back (client/src/sync/loadBoard.ts).
 * Its texts are in `language`, the facilitator's, from the domain catalogue.
 *
 * The records go into the array as y-utility's YKeyValue writes a new key (one
 * `{ key, val }` entry each), without the library, which the server does not ship.
 */
export function templateBoardUpdate(
  templateId: TemplateId,
  language: LanguageId = DEFAULT_LANGUAGE,
): Uint8Array {
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      doc.getArray<{ key: string; val: unknown }>(Y_RECORDS).push(
        buildTemplateBoard(templateId, language).map((record) => ({
          key: record.id,
          val: record,
        })),
      )
      doc.getMap(Y_META).set(META_SCHEMA_KEY, createBoardSchema().serialize())
    })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
