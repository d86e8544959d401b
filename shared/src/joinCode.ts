/**
 * Join codes: a short code a person can type on the home page when they cannot scan the
 * QR code or follow the link. Eight characters of Crockford's base32 (40 bits), shown as
 * `ABCD-EFGH`. The alphabet leaves out I, L, O and U, and reading a code back accepts the
 * letters people confuse with digits (O for 0, I and L for 1), any case, and spaces or
 * dashes anywhere, so a code read off a projector works however it is typed.
 */
export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const JOIN_CODE_LENGTH = 8

/** A code as the server stores and derives it: eight characters of the alphabet. */
export type JoinCode = string & { readonly __joinCode: unique symbol }

/** The canonical code a person meant, or null when the text cannot be one. */
export function normalizeJoinCode(input: string): JoinCode | null {
  const text = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (text.length !== JOIN_CODE_LENGTH) return null
  for (const char of text) if (!JOIN_CODE_ALPHABET.includes(char)) return null
  return text as JoinCode
}

/** `ABCD-EFGH`: two groups of four are easier to read aloud and to copy. */
export function formatJoinCode(code: JoinCode): string {
  const half = JOIN_CODE_LENGTH / 2
  return `${code.slice(0, half)}-${code.slice(half)}`
}

/** `POST /api/join-codes` body. */
export interface JoinCodeRequest {
  code: string
}

/** `POST /api/join-codes` answers with the page to open: a link path with its token. */
export interface JoinCodeResponse {
  boardId: string
  /** `/b/<id>#t=<token>`, the participant link on this server. */
  path: string
}
