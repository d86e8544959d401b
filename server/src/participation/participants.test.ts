import { describe, expect, it } from 'vitest'
import type { BoardId } from '@common-ground/shared'
import { MemorySecretStore } from '../storage/MemorySecretStore.js'
import { PARTICIPANT_SCOPE, participationSummary, recordParticipant } from './participants.js'

const board = 'board-participation' as BoardId

describe('participants', () => {
  it('counts each person once, under how they last said they take part', async () => {
    const secrets = new MemorySecretStore()
    await recordParticipant(secrets, board, 'p1', 'professional', new Date('2026-11-30T10:00:00Z'))
    await recordParticipant(secrets, board, 'p2', 'service-user', new Date('2026-11-30T10:05:00Z'))
    await recordParticipant(secrets, board, 'p1', 'community', new Date('2026-11-30T11:00:00Z'))
    const summary = await participationSummary(secrets, board)
    expect(summary.people).toBe(2)
    expect(summary.byGroup).toMatchObject({ community: 1, 'service-user': 1, professional: 0 })
    expect(summary.firstSeen).toBe('2026-11-30T10:00:00.000Z')
    expect(summary.lastSeen).toBe('2026-11-30T11:00:00.000Z')
  })

  it('skips entries it cannot read and reports an empty board as nobody', async () => {
    const secrets = new MemorySecretStore()
    expect(await participationSummary(secrets, board)).toMatchObject({ people: 0, firstSeen: null })
    await secrets.put(board, PARTICIPANT_SCOPE, 'p3', { takesPartAs: 'wizard' })
    expect((await participationSummary(secrets, board)).people).toBe(0)
  })
})
