import { isBoardId, type BoardId } from '@common-ground/shared'
import { parseRoute } from '../app/routes'

/**
 * The board a participant means when they paste a link (`https://host/b/abc`) or type
 * just its code (`abc`). Null when it names no board.
 */
export function boardIdFromInput(input: string): BoardId | null {
  const text = input.trim()
  if (isBoardId(text)) return text
  if (!text.includes('/')) return null
  let pathname: string
  try {
    pathname = new URL(text, 'http://placeholder.invalid').pathname
  } catch {
    return null
  }
  const route = parseRoute(pathname)
  return route.kind === 'board' ? route.boardId : null
}
