import {
  buildTemplateBoard,
  DEFAULT_LANGUAGE,
  newBoardUpdate,
  type LanguageId,
  type TemplateId,
} from '@common-ground/shared'

/**
 * The first update of a board made from a template: the template's records (with
 * tldraw's document and default page) and the board schema, written through the one
 * board-document module (shared/src/boardDocument). A client opening it finds a schema
 * and records equal to what its own store holds after loading, so it writes nothing back
 * (client/src/sync/loadBoard.ts). Its texts are in `language`, the facilitator's, from the
 * domain catalogue.
 */
export function templateBoardUpdate(
  templateId: TemplateId,
  language: LanguageId = DEFAULT_LANGUAGE,
): Uint8Array {
  return newBoardUpdate(buildTemplateBoard(templateId, language))
}

/**
 * The first update of a blank board: the board schema alone. Only the server writes a
 * board's schema (PROTOCOL.md R30, R31); the first browser adds tldraw's document and page.
 */
export function blankBoardUpdate(): Uint8Array {
  return newBoardUpdate([])
}
