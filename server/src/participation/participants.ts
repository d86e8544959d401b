import {
  emptyByGroup,
  isTakesPartAs,
  type BoardId,
  type ParticipantEntry,
  type ParticipationSummary,
  type TakesPartAs,
} from '@common-ground/shared'
import type { SecretStore } from '../storage/SecretStore.js'

/**
 * Who took part in a board, kept by the server per person id in the secret store under
 * one scope: how they take part and when they were first and last seen. Names are never
 * kept here; only counts by group leave the server.
 */
export const PARTICIPANT_SCOPE = 'participant'

/**
 * Remembers that `personId` took part as `takesPartAs` at `at`. A person who changes how
 * they take part is counted under the latest; their first sighting is kept.
 */
export async function recordParticipant(
  secrets: SecretStore,
  boardId: BoardId,
  personId: string,
  takesPartAs: TakesPartAs,
  at: Date = new Date(),
): Promise<void> {
  const known = readEntry(await secrets.get(boardId, PARTICIPANT_SCOPE, personId))
  const now = at.toISOString()
  await secrets.put(boardId, PARTICIPANT_SCOPE, personId, {
    takesPartAs,
    firstSeen: known?.firstSeen ?? now,
    lastSeen: now,
  } satisfies ParticipantEntry)
}

/** Every person the board has seen, by person id. */
export async function readParticipants(
  secrets: SecretStore,
  boardId: BoardId,
): Promise<Map<string, ParticipantEntry>> {
  const entries = new Map<string, ParticipantEntry>()
  for (const [personId, value] of await secrets.list(boardId, PARTICIPANT_SCOPE)) {
    const entry = readEntry(value)
    if (entry) entries.set(personId, entry)
  }
  return entries
}

/** How many took part, by group, and when: what the read view, record and voice balance show. */
export async function participationSummary(
  secrets: SecretStore,
  boardId: BoardId,
): Promise<ParticipationSummary> {
  return summarize((await readParticipants(secrets, boardId)).values())
}

export function summarize(entries: Iterable<ParticipantEntry>): ParticipationSummary {
  const byGroup = emptyByGroup()
  let people = 0
  let firstSeen: string | null = null
  let lastSeen: string | null = null
  for (const entry of entries) {
    people += 1
    byGroup[entry.takesPartAs] += 1
    if (firstSeen === null || entry.firstSeen < firstSeen) firstSeen = entry.firstSeen
    if (lastSeen === null || entry.lastSeen > lastSeen) lastSeen = entry.lastSeen
  }
  return { people, byGroup, firstSeen, lastSeen }
}

/** A stored entry read defensively: the store may hold what an older server wrote. */
function readEntry(value: unknown): ParticipantEntry | null {
  if (typeof value !== 'object' || value === null) return null
  const { takesPartAs, firstSeen, lastSeen } = value as Record<string, unknown>
  if (!isTakesPartAs(takesPartAs)) return null
  if (typeof firstSeen !== 'string' || typeof lastSeen !== 'string') return null
  return { takesPartAs, firstSeen, lastSeen }
}
