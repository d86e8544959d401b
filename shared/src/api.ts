import type { BoardId } from './boardId.js'
import { WS_PATH } from './protocol.js'

/** HTTP routes shared by server and client. */
export const apiPaths = {
  health: '/healthz',
  config: '/api/config',
  boards: '/api/boards',
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
