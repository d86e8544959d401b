import { translate } from '../i18n/translate'
import {
  boardPagePath,
  LINK_FRAGMENT_KEY,
  tokenFromHash,
  type BoardId,
  type BoardInfo,
} from '@common-ground/shared'
import type { ApiResult, BoardsApi } from '../api/boardsApi'

/**
 * What opening `/b/<id>` ends in. A link (`/b/<id>#t=<token>`) is exchanged for the
 * board's session cookie first; without one, the cookie from an earlier visit is asked.
 */
export type BoardAccess =
  | { kind: 'granted'; info: BoardInfo }
  /** No cookie, or one that no longer counts (the link was replaced). */
  | { kind: 'needs-link' }
  /** The link's token was refused: replaced by the facilitator, or mistyped. */
  | { kind: 'link-refused'; message: string }
  | { kind: 'not-found' }
  /** The server could not be reached or failed; trying again may help. */
  | { kind: 'failed'; message: string }

export interface AccessEnvironment {
  api: Pick<BoardsApi, 'startSession' | 'getBoardInfo'>
  /** Replaces the address bar's URL without a page load (`history.replaceState`). */
  replaceUrl: (path: string) => void
}

export const incompleteLinkMessage = () => translate('access.incompleteLink')

function hasTokenField(hash: string): boolean {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).has(LINK_FRAGMENT_KEY)
}

/**
 * Resolves access to a board. `hash` is the location's fragment as read when the page
 * opened. Once the server has answered the token (either way) it is taken out of the
 * address bar, so it does not linger on a projected screen, in a screenshot or in
 * history; it stays only when the server could not be reached, so reloading can retry.
 */
export async function resolveBoardAccess(
  boardId: BoardId,
  hash: string,
  env: AccessEnvironment,
): Promise<BoardAccess> {
  const token = tokenFromHash(hash)
  if (token === null) {
    if (hash !== '' && hash !== '#') env.replaceUrl(boardPagePath(boardId))
    const access = accessFromInfo(await env.api.getBoardInfo(boardId), 'needs-link')
    // A link cut short in copying: say so, unless an earlier visit's session still works.
    if (access.kind === 'needs-link' && hasTokenField(hash)) {
      return { kind: 'link-refused', message: incompleteLinkMessage() }
    }
    return access
  }
  const result = await env.api.startSession(boardId, token)
  if (result.ok || result.status !== 0) env.replaceUrl(boardPagePath(boardId))
  return accessFromInfo(result, 'link-refused')
}

/**
 * Maps an answer to what the page shows. A 401 means "no session" when asking with the
 * cookie, and "this token is not (or no longer) valid" when exchanging a link.
 */
export function accessFromInfo(
  result: ApiResult<BoardInfo>,
  on401: 'needs-link' | 'link-refused',
): BoardAccess {
  if (result.ok) return { kind: 'granted', info: result.value }
  switch (result.status) {
    case 401:
    case 403:
      return on401 === 'needs-link'
        ? { kind: 'needs-link' }
        : { kind: 'link-refused', message: result.message }
    case 404:
      return { kind: 'not-found' }
    default:
      return { kind: 'failed', message: result.message }
  }
}
