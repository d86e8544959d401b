import type { BoardId } from './boardId.js'
import { WS_PATH } from './protocol.js'
import type { Role, RotatableRole } from './roles.js'

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
} as const

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

/** Every API error answers with this body and an HTTP status. */
export interface ApiError {
  error: string
  message: string
}

export const MAX_BOARD_TITLE_LENGTH = 120

/** `POST /api/boards` body. */
export interface CreateBoardRequest {
  title: string
  /** A template id from `GET /api/templates` (added with the co-production shapes). */
  template?: string
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

/** `POST /api/boards/:id/links/:role/rotate` (facilitator only). */
export interface RotateLinkResponse {
  role: RotatableRole
  link: string
}

/** `POST /api/boards/:id/archive` (facilitator only) body. */
export interface ArchiveRequest {
  archived: boolean
}
