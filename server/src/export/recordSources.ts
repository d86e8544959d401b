import type { BoardId, LanguageId, VoiceBalance, VoteResult } from '@common-ground/shared'

/**
 * Where the exports read what other features keep outside the board's records: vote
 * results and voice balance. Each is optional; without it the record leaves its section
 * out and `votes.csv` has only its header row (PROTOCOL.md X6, X12). The voting and voice
 * balance features plug their readers in here (startServer passes them to createApp).
 */
export interface RecordSources {
  votes?: (boardId: BoardId, language: LanguageId) => Promise<VoteResult[]>
  voiceBalance?: (boardId: BoardId, language: LanguageId) => Promise<VoiceBalance | null>
}
