import type { TLRecord } from '@tldraw/tlschema'
import type { BoardId, VoiceBalance } from '@common-ground/shared'
import { Attribution } from '../attribution/Attribution.js'
import { frameNamer } from '../attribution/balanceCommands.js'
import type { SecretStore } from '../storage/SecretStore.js'
import { revealedVotes, type RevealedVote } from './voteRows.js'

/**
 * Where the session record reads what the board's records alone do not say plainly:
 * revealed votes (from the `cg-vote` records) and voice balance (from the counts the
 * server keeps per person in the secret store, R110). Tests may replace either.
 */
export interface RecordSources {
  votes(records: readonly TLRecord[]): Promise<RevealedVote[]>
  /** Null when nobody's contribution was counted (X12: the section is left out). */
  voiceBalance(boardId: BoardId, records: readonly TLRecord[]): Promise<VoiceBalance | null>
}

export function recordSources(
  secrets: SecretStore | null,
  overrides: Partial<RecordSources> = {},
): RecordSources {
  return {
    votes: async (records) => revealedVotes(records),
    voiceBalance: async (boardId, records) => {
      if (secrets === null) return null
      const attribution = new Attribution(boardId, secrets, () => {})
      await attribution.load()
      const byId = new Map<string, unknown>(records.map((record) => [record.id, record]))
      const balance = attribution.balance(frameNamer((id) => byId.get(id) ?? null))
      return balance.session.some((group) => group.people > 0) ? balance : null
    },
    ...overrides,
  }
}
