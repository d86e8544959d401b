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

/**
 * The person cookie: `<personId>.<signature>`, set beside the session cookie by
 * `POST /api/boards/:id/session` (and `GET /api/boards/:id` when missing). One per
 * browser, for every board, so a person keeps their identity across reloads and boards.
 * HttpOnly: the page learns its person id from {@link BoardInfo.personId}, never from
 * the cookie, so a script cannot copy someone's identity.
 */
export const PERSON_COOKIE_NAME = 'cg_person'

/**
 * A person id as the server hands it out: 22 base64url characters (132 bits), with a
 * one-letter prefix that says where it came from (`p` a browser, `t` a bearer token).
 * It also passes PARTICIPANT_ID_PATTERN, so records that name a person accept it.
 */
export const PERSON_ID_PATTERN = /^[pt][A-Za-z0-9_-]{22}$/

export function isPersonId(value: unknown): value is string {
  return typeof value === 'string' && PERSON_ID_PATTERN.test(value)
}
