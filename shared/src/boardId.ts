/**
 * Board ids appear in URLs (`/b/<id>`), WebSocket paths (`/ws/<id>`) and storage keys,
 * so they are restricted to characters that need no escaping anywhere.
 */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

declare const boardIdBrand: unique symbol
/** A string that has been checked against {@link BOARD_ID_PATTERN}. */
export type BoardId = string & { readonly [boardIdBrand]: true }

export function isBoardId(value: unknown): value is BoardId {
  return typeof value === 'string' && BOARD_ID_PATTERN.test(value)
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * A fresh board id: 16 characters from a 62-letter alphabet (~95 bits), drawn with
 * rejection sampling so every letter is equally likely.
 */
export function newBoardId(length = 16): BoardId {
  let id = ''
  const bytes = new Uint8Array(length * 2)
  while (id.length < length) {
    globalThis.crypto.getRandomValues(bytes)
    for (const byte of bytes) {
      // 248 = 62 * 4: bytes at or above it would favour the first letters.
      if (byte < 248 && id.length < length) id += ID_ALPHABET[byte % 62]
    }
  }
  return id as BoardId
}
