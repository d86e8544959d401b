import type { TLRecord } from '@tldraw/tlschema'
import type {
  DomainWords,
  LanguageId,
  ParticipationSummary,
  VoiceBalance,
} from '@common-ground/shared'
import type { RevealedVote } from '../voteRows.js'

/** Everything a session record shows, gathered before the PDF is drawn (PROTOCOL.md X7). */
export interface SessionRecordInput {
  title: string
  language: LanguageId
  words: DomainWords
  /** When the board was made, and when this record is. */
  createdAt: Date
  madeAt: Date
  participation: ParticipationSummary
  /** The board's records at the server's schema, each valid (`BoardContents.current`). */
  records: TLRecord[]
  /** Image bytes (PNG or JPEG) by tldraw asset record id; missing ones draw as a box. */
  images: ReadonlyMap<string, Uint8Array>
  /** Revealed votes (X12); a vote not revealed keeps its dots secret. */
  votes: RevealedVote[]
  /** Null when nobody's contribution was counted (X12). */
  voiceBalance: VoiceBalance | null
}
