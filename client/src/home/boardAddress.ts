import {
  boardPagePath,
  isBoardId,
  linkPath,
  tokenFromHash,
  type BoardId,
} from '@common-ground/shared'
import { parseRoute } from '../app/routes'

/**
 * The board a participant means when they paste a link (`https://host/b/abc`) or type
 * just its code (`abc`). Null when it names no board.
 */
export function boardIdFromInput(input: string): BoardId | null {
  return parseBoardInput(input)?.boardId ?? null
}

/**
 * The page to open for a pasted link or typed code: `/b/<id>`, with the link's
 * `#t=<token>` kept when it has one, since the token is what lets the person in.
 */
export function boardPathFromInput(input: string): string | null {
  const parsed = parseBoardInput(input)
  if (parsed === null) return null
  return parsed.token === null
    ? boardPagePath(parsed.boardId)
    : linkPath(parsed.boardId, parsed.token)
}

function parseBoardInput(input: string): { boardId: BoardId; token: string | null } | null {
  const text = input.trim()
  if (isBoardId(text)) return { boardId: text, token: null }
  if (!text.includes('/')) return null
  let url: URL
  try {
    url = new URL(text, 'http://placeholder.invalid')
  } catch {
    return null
  }
  const route = parseRoute(url.pathname)
  if (route.kind !== 'board') return null
  return { boardId: route.boardId, token: tokenFromHash(url.hash) }
}

/**
 * The path and fragment of a link the server made for this same site, for `navigate`.
 * A link to another origin (a misconfigured public URL) still opens here, on this server,
 * which is the one that created the board.
 */
export function samePageLink(link: string): string {
  const url = new URL(link, window.location.origin)
  return `${url.pathname}${url.hash}`
}
