import type { TakesPartAs } from '../roles.js'

/**
 * What the session record and `votes.csv` show of a board's votes. The voting feature
 * fills it (server/src/export/recordSources.ts is where it plugs in); the exports only
 * read it. Words are as people wrote them (questions, options).
 */
export interface VoteResult {
  /** What was asked, e.g. "Which idea first?". */
  question: string
  /** Every option with its count, in the order the vote offered them. */
  options: { label: string; votes: number }[]
  /** How many people voted. */
  voters: number
  /** When the vote closed (ISO 8601), or null while it is open. */
  closedAt: string | null
}

/**
 * Voice balance as the record shows it: how much each group (by how people take part)
 * contributed, by one measure the voice balance feature chooses. The record prints each
 * group's count and share of the total; groups left out count as 0.
 */
export interface VoiceBalance {
  /** What was counted, in the reader's language, e.g. "Cards added". */
  measure: string
  byGroup: Partial<Record<TakesPartAs, number>>
}
