import type { BoardId } from './boardId.js'

/**
 * Link tokens: 32 random bytes (256 bits), base64url, so 43 characters. They travel in
 * the URL fragment (`/b/<id>#t=<token>`), which browsers never send to a server, so a
 * token does not reach page requests or proxy logs. The server keeps only a hash.
 */
export const LINK_TOKEN_BYTES = 32
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/
export const LINK_FRAGMENT_KEY = 't'

export function isLinkToken(value: unknown): value is string {
  return typeof value === 'string' && LINK_TOKEN_PATTERN.test(value)
}

/** The page path of a link: `/b/<id>#t=<token>`. */
export function linkPath(boardId: BoardId, token: string): string {
  return `/b/${boardId}#${LINK_FRAGMENT_KEY}=${token}`
}

/** Reads the token from a location hash such as `#t=abc`; null when there is none. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)
  const token = params.get(LINK_FRAGMENT_KEY)
  return isLinkToken(token) ? token : null
}

/**
 * The session cookie set by `POST /api/boards/:id/session`: HttpOnly, SameSite=Strict,
 * one per board so a person can hold different roles on different boards.
 */
export const sessionCookieName = (boardId: BoardId) => `cg_session_${boardId}`

/** Non-browser clients send the link token instead, as `Authorization: Bearer <token>`. */
export const BEARER_PREFIX = 'Bearer '
