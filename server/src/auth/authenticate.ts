import type { IncomingHttpHeaders } from 'node:http'
import { parseCookie } from 'cookie'
import {
  BEARER_PREFIX,
  isBoardId,
  isLinkToken,
  sessionCookieName,
  type BoardId,
  type Role,
} from '@common-ground/shared'
import type { BoardRecord, BoardRegistry } from '../storage/BoardRegistry.js'
import { roleOfToken } from './linkTokens.js'

/**
 * Who is asking, for one board: the one place HTTP routes and the WebSocket upgrade learn
 * a request's role. A request proves its role with the link token, sent either as
 * `Authorization: Bearer <token>` or in the board's session cookie (set by
 * `POST /api/boards/:id/session`).
 */
export type Authentication =
  | {
      ok: true
      board: BoardRecord
      role: Role
      /** The token that proved the role. Never log it. */
      token: string
    }
  | { ok: false; status: AuthFailure }

/** 400: not a board id; 404: no such board; 401: no token, or none valid for this board. */
export type AuthFailure = 400 | 401 | 404

export async function authenticate(
  boards: BoardRegistry,
  boardId: string,
  headers: IncomingHttpHeaders,
): Promise<Authentication> {
  if (!isBoardId(boardId)) return { ok: false, status: 400 }
  const board = await boards.getBoard(boardId)
  if (board === null) return { ok: false, status: 404 }
  for (const token of presentedTokens(boardId, headers)) {
    const role = roleOfToken(board.tokenHashes, token)
    if (role !== null) return { ok: true, board, role, token }
  }
  return { ok: false, status: 401 }
}

/** The bearer token first (a deliberate choice of the caller), then the cookie. */
export function presentedTokens(boardId: BoardId, headers: IncomingHttpHeaders): string[] {
  const tokens: string[] = []
  const authorization = headers.authorization
  if (
    authorization !== undefined &&
    authorization.slice(0, BEARER_PREFIX.length).toLowerCase() === BEARER_PREFIX.toLowerCase()
  ) {
    tokens.push(authorization.slice(BEARER_PREFIX.length).trim())
  }
  if (headers.cookie !== undefined) {
    const cookie = parseCookie(headers.cookie)[sessionCookieName(boardId)]
    if (cookie !== undefined) tokens.push(cookie)
  }
  return tokens.filter(isLinkToken)
}
