import type { BoardId } from './boardId.js'
import type { ParticipationSummary } from './participation.js'

/** Routes of renaming and of the archive read view (PROTOCOL.md H28–H30). */
export const historyPaths = {
  /** POST (facilitator) `{ title }`: renames the board. */
  title: (boardId: BoardId) => `/api/boards/${boardId}/title`,
  /** GET (any role): what the archive read view shows about the session. */
  summary: (boardId: BoardId) => `/api/boards/${boardId}/summary`,
} as const

export interface RenameBoardRequest {
  title: string
}

/** `GET /api/boards/:id/summary` (H30): the session, without a name in it. */
export interface BoardSummaryResponse {
  title: string
  archived: boolean
  /**
   * When the session began and ended (ISO 8601): when its first and latest participant
   * were seen, or, for a board nobody was counted on, its first and latest checkpoint.
   */
  started: string | null
  ended: string | null
  /** When it was archived (its newest archive checkpoint), or null. */
  archivedAt: string | null
  participation: ParticipationSummary
}
