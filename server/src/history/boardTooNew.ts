import type * as Y from 'yjs'
import { BOARD_TOO_NEW_MESSAGE, boardSchema, readStoredSchema } from '@common-ground/shared'
import { schemaAge } from '../room/boardSchema.js'

/**
 * H31: a board whose stored schema names a migration this server does not know, or a
 * later version of one, was written by a newer server. Its records cannot be migrated
 * down, and writing to it with this server's records would corrupt it: it is refused
 * (HTTP 409 `board_too_new`, close code BoardTooNew) and left as it is.
 */
export class BoardTooNewError extends Error {
  constructor() {
    super(BOARD_TOO_NEW_MESSAGE)
  }
}

export function isStoredByNewerServer(doc: Y.Doc): boolean {
  return schemaAge(readStoredSchema(doc), boardSchema().serialize()) === 'newer'
}

export function refuseIfTooNew(doc: Y.Doc): void {
  if (isStoredByNewerServer(doc)) throw new BoardTooNewError()
}
