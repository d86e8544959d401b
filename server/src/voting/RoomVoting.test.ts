import { describe, expect, it } from 'vitest'
import { CloseCode, voteShapeId, type VoteProps } from '@common-ground/shared'
import { storedDoc } from '../room/roomTestkit.testkit.js'
import { cardRecord, receivedText, recordIn, sessionBoard } from './sessionTestkit.testkit.js'
import { tally } from './dotVoting.js'

const voteOver = (cardIds: string[], extra: Partial<Record<string, unknown>> = {}) => ({
  parentId: 'shape:stage1',
  title: 'What matters most',
  cardIds,
  dotsPerPerson: 3,
  maxPerCard: 2,
  anonymous: true,
  ...extra,
})

async function votingBoard() {
  const rig = await sessionBoard([
    ['fran', 'facilitator', 'professional'],
    ['alice', 'participant', 'service-user'],
    ['bob', 'participant', 'community'],
    ['olly', 'observer'],
  ])
  const [fran, alice] = rig.clients
  await rig.add(alice!, cardRecord('bus', 'shape:stage1'), cardRecord('cafe', 'shape:stage1'))
  const started = await rig.command(fran!, 'startVote', voteOver(['shape:bus', 'shape:cafe']))
  expect(started.ok).toBe(true)
  const voteId = (started as unknown as { result: { voteId: string } }).result.voteId
  return { ...rig, voteId }
}

const voteIn = (rig: Awaited<ReturnType<typeof votingBoard>>, index: number) =>
  recordIn(rig.clients[index]!.doc, voteShapeId(rig.voteId))?.props as unknown as
    VoteProps | undefined

describe('dot voting, secret until reveal', () => {
  it('R96: only a facilitator starts a vote; participants and observers are refused', async () => {
    const rig = await sessionBoard([
      ['fran', 'facilitator'],
      ['alice', 'participant'],
      ['olly', 'observer'],
    ])
    const [fran, alice, olly] = rig.clients
    await rig.add(fran!, cardRecord('bus', 'shape:stage1'))
    for (const client of [alice!, olly!]) {
      expect(await rig.command(client, 'startVote', voteOver(['shape:bus']))).toMatchObject({
        ok: false,
        error: 'not-facilitator',
      })
    }
    expect(await rig.command(fran!, 'startVote', voteOver(['shape:nothing']))).toMatchObject({
      ok: false,
      error: 'no-cards',
    })
    expect(await rig.command(fran!, 'startVote', voteOver(['shape:bus']))).toMatchObject({
      ok: true,
    })
  })

  it('R97, R99: a person adds and takes back dots within their dots and the cap per card, and sees how many are left', async () => {
    const rig = await votingBoard()
    const [, alice, , olly] = rig.clients
    const dot = (cardId: string, add = true) =>
      rig.command(alice!, 'dot', { voteId: rig.voteId, cardId, add, name: 'Alice' })
    expect(await dot('shape:bus')).toMatchObject({
      ok: true,
      result: { dots: { 'shape:bus': 1 }, left: 2 },
    })
    expect(await dot('shape:bus')).toMatchObject({ ok: true, result: { left: 1 } })
    expect(await dot('shape:bus')).toMatchObject({ ok: false, error: 'card-full' })
    expect(await dot('shape:cafe')).toMatchObject({ ok: true, result: { left: 0 } })
    expect(await dot('shape:cafe')).toMatchObject({ ok: false, error: 'no-dots-left' })
    expect(await dot('shape:bus', false)).toMatchObject({
      ok: true,
      result: { dots: { 'shape:bus': 1, 'shape:cafe': 1 }, left: 1 },
    })
    expect(await dot('shape:elsewhere')).toMatchObject({ ok: false, error: 'not-in-vote' })
    expect(
      await rig.command(olly!, 'dot', {
        voteId: rig.voteId,
        cardId: 'shape:bus',
        add: true,
        name: '',
      }),
    ).toMatchObject({ ok: false, error: 'read-only' })
    expect(await rig.command(alice!, 'myDots', { voteId: rig.voteId })).toMatchObject({
      ok: true,
      result: { dots: { 'shape:bus': 1, 'shape:cafe': 1 }, left: 1 },
    })
  })

  it('R100: before reveal no client, the facilitator included, receives anyone’s dots or any count; after reveal everyone sees the totals', async () => {
    const rig = await votingBoard()
    const [fran, alice, bob, olly] = rig.clients
    for (const [client, card] of [
      [alice!, 'shape:bus'],
      [alice!, 'shape:bus'],
      [bob!, 'shape:bus'],
      [bob!, 'shape:cafe'],
    ] as const) {
      const name = client === alice ? 'Alice Voter' : 'Bob Voter'
      expect(
        await rig.command(client, 'dot', { voteId: rig.voteId, cardId: card, add: true, name }),
      ).toMatchObject({ ok: true })
    }
    for (const index of [0, 2, 3]) {
      expect(voteIn(rig, index)).toMatchObject({ state: 'open', results: [], voters: 0 })
    }
    // The facilitator and the observer get no dot and no count; Bob only his own replies.
    for (const client of [fran!, olly!]) {
      const text = receivedText(client)
      expect(text).not.toContain('Alice Voter')
      expect(text).not.toContain('"dots"')
      expect(text).not.toContain('"left"')
    }
    expect(receivedText(bob!)).not.toContain('Alice Voter')
    expect(receivedText(bob!)).not.toContain('"dots":{"shape:bus":2')
    expect(receivedText(olly!)).not.toContain('Bob Voter')

    expect(
      await rig.command(fran!, 'endVote', { voteId: rig.voteId, action: 'close' }),
    ).toMatchObject({ ok: true, result: { state: 'closed' } })
    expect(
      await rig.command(alice!, 'dot', {
        voteId: rig.voteId,
        cardId: 'shape:cafe',
        add: true,
        name: '',
      }),
    ).toMatchObject({ ok: false, error: 'vote-not-open' })
    expect(voteIn(rig, 3)).toMatchObject({ state: 'closed', results: [], voters: 0 })

    expect(
      await rig.command(alice!, 'endVote', { voteId: rig.voteId, action: 'reveal' }),
    ).toMatchObject({ ok: false, error: 'not-facilitator' })
    expect(
      await rig.command(fran!, 'endVote', { voteId: rig.voteId, action: 'reveal' }),
    ).toMatchObject({ ok: true, result: { state: 'revealed' } })
    for (const index of [0, 1, 2, 3]) {
      expect(voteIn(rig, index)).toMatchObject({
        state: 'revealed',
        voters: 2,
        results: [
          { cardId: 'shape:bus', dots: 3, voters: [] },
          { cardId: 'shape:cafe', dots: 1, voters: [] },
        ],
      })
    }
    // R103: the results are stored with the board.
    const stored = await storedDoc(rig.store, 'session')
    expect(recordIn(stored, voteShapeId(rig.voteId))?.props).toMatchObject({ state: 'revealed' })
  })

  it('R101: a vote that is not anonymous reveals the names voters gave; R102: a discarded vote leaves nothing', async () => {
    const rig = await sessionBoard([
      ['fran', 'facilitator'],
      ['alice', 'participant'],
    ])
    const [fran, alice] = rig.clients
    await rig.add(alice!, cardRecord('bus', 'shape:stage1'))
    const started = (await rig.command(
      fran!,
      'startVote',
      voteOver(['shape:bus'], { anonymous: false }),
    )) as unknown as { result: { voteId: string } }
    const voteId = started.result.voteId
    await rig.command(alice!, 'dot', { voteId, cardId: 'shape:bus', add: true, name: 'Alice' })
    await rig.command(fran!, 'endVote', { voteId, action: 'reveal' })
    expect(recordIn(fran!.doc, voteShapeId(voteId))?.props).toMatchObject({
      results: [{ cardId: 'shape:bus', dots: 1, voters: ['Alice'] }],
    })
    expect(await rig.command(fran!, 'endVote', { voteId, action: 'discard' })).toMatchObject({
      ok: true,
    })
    expect(recordIn(alice!.doc, voteShapeId(voteId))).toBeUndefined()
    expect(await rig.command(alice!, 'myDots', { voteId })).toMatchObject({
      ok: false,
      error: 'no-such-vote',
    })
    expect(
      [...(await rig.secrets.list('session' as never, `vote:${voteId}`)).values()].every(
        (value) => value === null,
      ),
    ).toBe(true)
  })

  it('R97: a client cannot write a vote record itself', async () => {
    const rig = await votingBoard()
    const [, alice] = rig.clients
    const forged = { ...recordIn(alice!.doc, voteShapeId(rig.voteId))!, id: voteShapeId('forged') }
    await rig.add(alice!, forged as Record<string, unknown>)
    expect(alice!.closedWith).toBe(CloseCode.ServerOnly)
  })

  it('R98: a vote over too many cards, or too many dots, is not a command', async () => {
    const rig = await votingBoard()
    const [fran] = rig.clients
    const many = Array.from({ length: 201 }, (_, i) => `shape:c${i}`)
    expect(await rig.command(fran!, 'startVote', voteOver(many))).toMatchObject({
      ok: false,
      error: 'bad-command',
    })
    expect(
      await rig.command(fran!, 'startVote', voteOver(['shape:bus'], { dotsPerPerson: 21 })),
    ).toMatchObject({ ok: false, error: 'bad-command' })
  })

  it('tally sorts by dots and keeps every card', () => {
    const results = tally({ cardIds: ['shape:a', 'shape:b', 'shape:c'], anonymous: true }, [
      { dots: { 'shape:c': 2, 'shape:a': 1 }, name: 'x' },
      { dots: { 'shape:c': 1, 'shape:zz': 5 }, name: 'y' },
    ])
    expect(results.map((r) => [r.cardId, r.dots])).toEqual([
      ['shape:c', 3],
      ['shape:a', 1],
      ['shape:b', 0],
    ])
  })
})
