import * as Y from 'yjs'
import { boardSchema } from './boardSchema.js'
import { openBoardDocument, writeBoardRecord, writeBoardSchema } from './BoardDocument.js'

/**
 * The first update of a board that starts with `records` (a template's, with tldraw's
 * document and page): the records and the board schema, in one transaction. A client
 * opening it finds a schema and records equal to what its own store holds after loading,
 * so it writes nothing back.
 */
export function newBoardUpdate(records: readonly { id: string }[]): Uint8Array {
  const doc = new Y.Doc()
  try {
    const board = openBoardDocument(doc)
    doc.transact(() => {
      for (const record of records) writeBoardRecord(board, record)
      writeBoardSchema(board, boardSchema().serialize())
    })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
