import { isBoardId, type BoardId } from '@common-ground/shared'

export type Route =
  | { kind: 'home' }
  | { kind: 'board'; boardId: BoardId }
  /** `/b/<something>` where the something cannot be a board id. */
  | { kind: 'invalid-board'; raw: string }
  | { kind: 'not-found' }

const BOARD_PREFIX = '/b/'

/** Maps a location pathname to the page it shows. A trailing slash is tolerated. */
export function parseRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (path === '' || path === '/') return { kind: 'home' }
  if (!path.startsWith(BOARD_PREFIX)) return { kind: 'not-found' }

  const rest = path.slice(BOARD_PREFIX.length)
  let raw: string
  try {
    raw = decodeURIComponent(rest)
  } catch {
    return { kind: 'invalid-board', raw: rest }
  }
  return isBoardId(raw) ? { kind: 'board', boardId: raw } : { kind: 'invalid-board', raw }
}
