import type { SerializedSchemaV2 } from '@tldraw/store'
import type { TLRecord } from '@tldraw/tlschema'
import type { BoardId } from './boardId.js'
import { WS_PATH } from './protocol.js'
import type { Role, RotatableRole } from './roles.js'
import type { TemplateId } from './templates/templateList.js'

/** HTTP routes shared by server and client. */
export const apiPaths = {
  health: '/healthz',
  config: '/api/config',
  metrics: '/metrics',
  boards: '/api/boards',
  board: (boardId: BoardId) => `/api/boards/${boardId}`,
  session: (boardId: BoardId) => `/api/boards/${boardId}/session`,
  links: (boardId: BoardId) => `/api/boards/${boardId}/links`,
  rotateLink: (boardId: BoardId, role: RotatableRole) =>
    `/api/boards/${boardId}/links/${role}/rotate`,
  archive: (boardId: BoardId) => `/api/boards/${boardId}/archive`,
  assets: (boardId: BoardId) => `/api/boards/${boardId}/assets`,
  asset: (boardId: BoardId, assetId: string) => `/api/boards/${boardId}/assets/${assetId}`,
  templates: '/api/templates',
  /** Where links point and which addresses this machine has (for Share). */
  serverInfo: '/api/server-info',
  /** `POST` a typed join code; answers the participant link's path. */
  joinCodes: '/api/join-codes',
  /** Facilitator only: their own link and the participant join code. */
  invitation: (boardId: BoardId) => `/api/boards/${boardId}/invitation`,
  /** Any role on the board may export it (cookie or bearer). */
  boardExport: (boardId: BoardId, file: ExportFile) => `/api/boards/${boardId}/export/${file}`,
} as const

/**
 * What `GET /api/boards/:id/export/:file` offers. The CSV files use the columns Kumu's
 * spreadsheet import reads (elements: Label, Type, Description; connections: From, To,
 * Type), plus Common Ground's own; `ratings.csv` is the six-elements distribution and
 * `votes.csv` the vote results (PROTOCOL.md X5, X6); `board.json` is every record with
 * the schema; `record.pdf` is the session record (X7–X14).
 */
export const EXPORT_FILES = [
  'assets.csv',
  'people.csv',
  'connections.csv',
  'ratings.csv',
  'votes.csv',
  'board.json',
  'record.pdf',
] as const
export type ExportFile = (typeof EXPORT_FILES)[number]

export function isExportFile(value: unknown): value is ExportFile {
  return (EXPORT_FILES as readonly unknown[]).includes(value)
}

/** `GET /api/templates`: what `POST /api/boards` accepts as `template`. */
export interface TemplatesResponse {
  templates: { id: TemplateId; title: string; description: string }[]
}

/**
 * `board.json`: the board as stored, for archives and analysis. `schema` is the schema
 * the records were written with; `createBoardSchema().migrateStoreSnapshot({ store:
 * records, schema })` brings them to a later version.
 */
export interface BoardExport {
  id: BoardId
  title: string
  /** ISO 8601. */
  exportedAt: string
  schema: SerializedSchemaV2
  records: Record<string, TLRecord>
}

/** The page that opens a board. */
export const boardPagePath = (boardId: BoardId) => `/b/${boardId}`

/** The WebSocket URL base for y-websocket's provider; the room name is the board id. */
export function wsServerUrl(origin: string): string {
  return origin.replace(/^http/, 'ws') + WS_PATH
}

/** `GET /api/config`: run-time settings the client needs. */
export interface ClientConfig {
  /** tldraw licence key from the server's `TLDRAW_LICENSE_KEY`, or null when unset. */
  tldrawLicenseKey: string | null
  maxAssetBytes: number
  assetTypes: readonly string[]
}

/** `POST /api/boards/:id/assets` answers 201 with this. */
export interface AssetUploadResponse {
  url: string
}

/**
 * The `error` of every ApiError the server sends. The client shows its own words for
 * each, in the reader's language (client/src/api/apiErrorWords.ts); the server's English
 * `message` is for programs and logs. A new code needs words there in every language.
 */
export const API_ERROR_CODES = [
  'archived',
  'asset_not_found',
  'bad_code',
  'bad_label',
  'bad_request',
  'bad_role',
  'bad_template',
  'bad_title',
  'board_archived',
  'board_not_found',
  'board_too_new',
  'checkpoint_not_found',
  'checkpoint_unreadable',
  'client_not_built',
  'empty_upload',
  'forbidden',
  'internal',
  'invalid_board_id',
  'no_such_code',
  'not_found',
  'record_busy',
  'too_large',
  'too_many_boards',
  'too_many_checkpoints',
  'too_many_codes',
  'unauthorized',
  'unknown_export',
  'unsupported_type',
] as const
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

/** Every API error answers with this body and an HTTP status. */
export interface ApiError {
  /** An ApiErrorCode from this server; a client reads it as any string (older servers, proxies). */
  error: string
  message: string
}

export const MAX_BOARD_TITLE_LENGTH = 120

/** `POST /api/boards` body. */
export interface CreateBoardRequest {
  title: string
  /** A template id from `GET /api/templates`; an unknown id is refused (400). */
  template?: string
  /**
   * The facilitator's language (`LANGUAGES` id): a template's texts are written in it.
   * Missing or unknown means the default language, so older clients keep working.
   */
  language?: string
}

/** Absolute page URLs, each carrying its role's token in the fragment. */
export type BoardLinks = Record<Role, string>

/** `POST /api/boards` answers 201 with this. */
export interface CreateBoardResponse {
  id: BoardId
  title: string
  links: BoardLinks
}

/** `POST /api/boards/:id/session` body: the token from the link's fragment. */
export interface SessionRequest {
  token: string
}

/**
 * `GET /api/boards/:id` (cookie or bearer) and `POST /api/boards/:id/session` answer
 * with what this person may do on the board.
 */
export interface BoardInfo {
  id: BoardId
  title: string
  role: Role
  archived: boolean
  /**
   * Who this person is, as the server knows them (PROTOCOL.md A12): stable across
   * reloads in the same browser and across boards. Records that belong to one person
   * (their person card, their ratings) carry this id, and the server enforces it.
   */
  personId: string
}

/**
 * `GET /api/boards/:id/links` (facilitator only): the current participant and observer
 * links. The server keeps only hashes of tokens, so it can list these only because they
 * are derived from the facilitator's token (HMAC of the role and its rotation count),
 * which the facilitator's request carries. The facilitator link itself is not listed.
 */
export interface LinksResponse {
  links: Record<RotatableRole, string>
}

/**
 * `GET /api/boards/:id/invitation` (facilitator only): the facilitator's own link (the
 * key to the board; rebuilt from the token the request carries) and the participant
 * link's join code, `ABCD-EFGH`, or null when the code cannot be registered.
 */
export interface InvitationResponse {
  facilitator: string
  joinCode: string | null
}

/**
 * `GET /api/server-info`: the origin links are made with, whether it was set by
 * `PUBLIC_URL`, and, when the page was opened on this machine by a loopback address
 * (so the links would not work on a phone), the addresses of this machine's network
 * interfaces that other devices could use instead.
 */
export interface ServerInfo {
  linkOrigin: string
  publicUrlSet: boolean
  linkOriginIsLoopback: boolean
  networkOrigins: string[]
}

/** `POST /api/boards/:id/links/:role/rotate` (facilitator only). */
export interface RotateLinkResponse {
  role: RotatableRole
  link: string
}

/** `POST /api/boards/:id/archive` (facilitator only) body. */
export interface ArchiveRequest {
  archived: boolean
}
