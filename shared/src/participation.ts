import type { TakesPartAs } from './roles.js'
import { TAKES_PART_AS } from './roles.js'

/**
 * How many people took part in a board's session, by how they take part, with no names.
 * The server counts each person (the person id it vouches for, A12–A15) once, under the
 * way of taking part they last told it; the history read view, the session record and
 * voice balance all read this, so they always agree.
 */
export interface ParticipationSummary {
  /** People who wrote to, or were present on, the board. */
  people: number
  /** People by how they take part; every group is present, with 0 where nobody was. */
  byGroup: Record<TakesPartAs, number>
  /** When the first and the latest of them were seen (ISO 8601), or null if nobody was. */
  firstSeen: string | null
  lastSeen: string | null
}

/** One person as the server remembers them for a board (never sent to clients). */
export interface ParticipantEntry {
  takesPartAs: TakesPartAs
  firstSeen: string
  lastSeen: string
}

export function emptyByGroup(): Record<TakesPartAs, number> {
  return Object.fromEntries(TAKES_PART_AS.map((group) => [group.id, 0])) as Record<
    TakesPartAs,
    number
  >
}
