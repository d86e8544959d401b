import { CloseCode, isCloseCode } from '@common-ground/shared'
import { translate } from '../i18n/translate'

/**
 * What the session does when the server closes the socket (SPEC.md rule 9), and the
 * words it tells the person. Pure: no socket, no doc.
 */

/** Closes after which reconnecting cannot help: the board is gone or closed to us. */
const FINAL_CLOSES: ReadonlySet<number> = new Set([
  CloseCode.BoardNotFound,
  CloseCode.InvalidBoardId,
  CloseCode.Unauthorized,
  CloseCode.Forbidden,
  CloseCode.LinkRotated,
  // H31: a newer server stored the board; this one will refuse it however often we ask.
  CloseCode.BoardTooNew,
])

/**
 * Closes after which this doc must not be sent again: the server refused or lost one of
 * our updates, and reconnecting would resend it. The board is loaded afresh instead,
 * giving up unsaved local edits.
 */
const RELOAD_CLOSES: ReadonlySet<number> = new Set([
  CloseCode.StorageFailure,
  CloseCode.InvalidRecord,
  CloseCode.BoardTooLarge,
  // R35: the write policy refused a change; the board is loaded again without it.
  CloseCode.Locked,
  CloseCode.NotYours,
  CloseCode.ServerOnly,
])

/** The board's rules for this person changed; what they may do must be asked again. */
const ACCESS_CLOSES: ReadonlySet<number> = new Set([CloseCode.BoardArchived])

/**
 * The server is full or we were too fast: try again, but more slowly than y-websocket's
 * own backoff (at most 2.5 s), which would keep a full server busy turning us away.
 * Nothing is lost meanwhile: the doc and its unsent edits are kept.
 */
const RETRY_LATER_CLOSES: ReadonlySet<number> = new Set([
  CloseCode.RoomFull,
  CloseCode.ServerBusy,
  CloseCode.RateLimited,
  CloseCode.TooManyBoardRequests,
])

export const MAX_RELOAD_DELAY_MS = 30_000
export const FIRST_RETRY_DELAY_MS = 2_000
export const MAX_RETRY_DELAY_MS = 60_000

/** 2 s, 4 s, 8 s, ... 60 s after the 1st, 2nd, 3rd, ... refusal in a row. */
export function retryDelay(attempt: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS)
}

/** What a close code means for the session; anything else reconnects at once. */
export type CloseAction =
  'final' | 'reload' | 'access-changed' | 'retry-later' | 'recheck-access' | 'reconnect'

export function closeAction(code: number): CloseAction {
  if (code === CloseCode.Normal) return 'recheck-access'
  if (FINAL_CLOSES.has(code)) return 'final'
  if (RELOAD_CLOSES.has(code)) return 'reload'
  if (ACCESS_CLOSES.has(code)) return 'access-changed'
  if (RETRY_LATER_CLOSES.has(code)) return 'retry-later'
  return 'reconnect'
}

/** `CloseCode` names by number, for the catalogue keys `close.<name>`. */
const CLOSE_NAMES = new Map<number, keyof typeof CloseCode>(
  Object.entries(CloseCode).map(([name, code]) => [code, name as keyof typeof CloseCode]),
)

/** What a close code means, in the reader's language (`close.<name>` in the catalogue). */
export function reasonFor(code: number): string {
  const name = isCloseCode(code) ? CLOSE_NAMES.get(code)! : 'InternalError'
  return translate(`close.${name}`)
}
