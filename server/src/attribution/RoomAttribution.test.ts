import { describe, expect, it } from 'vitest'
import {
  perPerson,
  VOICE_BALANCE_SHAPE_ID,
  type GroupBalance,
  type VoiceBalance,
} from '@common-ground/shared'
import { MemorySecretStore } from '../storage/MemorySecretStore.js'
import { boardSchema } from '../room/roomTestkit.testkit.js'
import { cardRecord, recordIn, sessionBoard } from '../voting/sessionTestkit.testkit.js'
import { Attribution, CONTRIBUTION_SCOPE } from './Attribution.js'
import { ATTRIBUTION_FLUSH_MS } from './attributionHooks.js'

const group = (balance: { session: GroupBalance[] } | { groups: GroupBalance[] }, id: string) =>
  ('session' in balance ? balance.session : balance.groups).find((row) => row.takesPartAs === id)!

const arrow = (name: string) =>
  boardSchema.types.shape.create({
    id: `shape:${name}` as never,
    type: 'arrow',
    parentId: 'page:page' as never,
    index: 'a3' as never,
    props: {
      kind: 'arc',
      labelColor: 'black',
      color: 'black',
      fill: 'none',
      dash: 'draw',
      size: 'm',
      arrowheadStart: 'none',
      arrowheadEnd: 'arrow',
      font: 'draw',
      start: { x: 0, y: 0 },
      end: { x: 100, y: 0 },
      bend: 0,
      richText: { type: 'doc', content: [{ type: 'paragraph' }] },
      labelPosition: 0.5,
      scale: 1,
      elbowMidPoint: 0.5,
    },
  }) as unknown as Record<string, unknown>

describe('attribution and voice balance', () => {
  it('R110, R111: contributions are counted by the writer’s server-known identity and grouped by how people take part, per frame and for the session, with people per group', async () => {
    const rig = await sessionBoard([
      ['fran', 'facilitator', 'professional'],
      ['alice', 'participant', 'service-user'],
      ['amy', 'participant', 'service-user'],
      ['bob', 'participant', 'community'],
    ])
    const [fran, alice, amy, bob] = rig.clients
    await rig.add(alice!, cardRecord('a1', 'shape:stage1'), cardRecord('a2', 'shape:stage1'))
    await rig.add(amy!, cardRecord('m1'))
    await rig.add(bob!, cardRecord('b1', 'shape:stage1'), arrow('link'))
    // Bob edits Alice's card: a change, his.
    await rig.add(bob!, { ...cardRecord('a1', 'shape:stage1'), x: 50 })

    expect(bob!.closedWith).toBeNull()
    const reply = (await rig.command(fran!, 'voiceBalance', {})) as unknown as {
      result: { balance: VoiceBalance }
    }
    const { balance } = reply.result
    expect(group(balance, 'service-user')).toMatchObject({ people: 2, cards: 3, changes: 0 })
    expect(group(balance, 'community')).toMatchObject({
      people: 1,
      cards: 1,
      connections: 1,
      changes: 1,
    })
    expect(group(balance, 'professional')).toMatchObject({ people: 1, cards: 0 })
    expect(perPerson(group(balance, 'service-user'), 'cards')).toBe(1.5)
    expect(balance.frames).toHaveLength(1)
    expect(balance.frames[0]).toMatchObject({ frameId: 'shape:stage1', name: 'stage1' })
    expect(group(balance.frames[0]!, 'service-user')).toMatchObject({ people: 2, cards: 2 })
    expect(group(balance.frames[0]!, 'community')).toMatchObject({ cards: 1, changes: 1 })
    // No names in it.
    expect(JSON.stringify(balance)).not.toMatch(/alice|amy|bob|fran/)
  })

  it('R111: only a facilitator reads the voice balance; R112: shown, everyone gets the aggregate and it follows new contributions', async () => {
    const rig = await sessionBoard([
      ['fran', 'facilitator', 'professional'],
      ['alice', 'participant', 'service-user'],
    ])
    const [fran, alice] = rig.clients
    expect(await rig.command(alice!, 'voiceBalance', {})).toMatchObject({
      ok: false,
      error: 'not-facilitator',
    })
    expect(
      await rig.command(alice!, 'showVoiceBalance', { pageId: 'page:page', shown: true }),
    ).toMatchObject({ ok: false, error: 'not-facilitator' })
    expect(
      await rig.command(fran!, 'showVoiceBalance', { pageId: 'page:page', shown: true }),
    ).toMatchObject({ ok: true })
    const shown = () =>
      recordIn(alice!.doc, VOICE_BALANCE_SHAPE_ID)?.props as unknown as VoiceBalance | undefined
    expect(group(shown()!, 'service-user')).toMatchObject({ people: 1, cards: 0 })
    await rig.add(alice!, cardRecord('late'))
    rig.timers.advance(ATTRIBUTION_FLUSH_MS)
    await rig.settle()
    expect(group(shown()!, 'service-user')).toMatchObject({ cards: 1 })
    expect(JSON.stringify(recordIn(alice!.doc, VOICE_BALANCE_SHAPE_ID))).not.toMatch(/fran|alice/)
    await rig.command(fran!, 'showVoiceBalance', { pageId: 'page:page', shown: false })
    expect(shown()).toBeUndefined()
  })

  it('R110: ratings count for the rater’s group; dots count only once a vote is revealed', async () => {
    const rig = await sessionBoard([
      ['fran', 'facilitator', 'professional'],
      ['alice', 'participant', 'family-carer'],
    ])
    const [fran, alice] = rig.clients
    await rig.add(alice!, cardRecord('bus', 'shape:stage1'))
    const started = (await rig.command(fran!, 'startVote', {
      parentId: 'shape:stage1',
      title: '',
      cardIds: ['shape:bus'],
      dotsPerPerson: 2,
      maxPerCard: 0,
      anonymous: true,
    })) as unknown as { result: { voteId: string } }
    const { voteId } = started.result
    await rig.command(alice!, 'dot', { voteId, cardId: 'shape:bus', add: true, name: '' })
    await rig.command(alice!, 'dot', { voteId, cardId: 'shape:bus', add: true, name: '' })
    const balance = async () =>
      (
        (await rig.command(fran!, 'voiceBalance', {})) as unknown as {
          result: { balance: VoiceBalance }
        }
      ).result.balance
    expect(group(await balance(), 'family-carer').dots).toBe(0)
    await rig.command(fran!, 'endVote', { voteId, action: 'reveal' })
    const after = await balance()
    expect(group(after, 'family-carer').dots).toBe(2)
    expect(group(after.frames[0]!, 'family-carer').dots).toBe(2)
  })

  it('R114, R115: each card is stamped with when it was added and changed and by which group, read through `stamps`', async () => {
    const rig = await sessionBoard([
      ['alice', 'participant', 'service-user'],
      ['bob', 'participant', 'organisation'],
    ])
    const [alice, bob] = rig.clients
    await rig.add(alice!, cardRecord('card'))
    await rig.add(bob!, { ...cardRecord('card'), x: 9 })
    const reply = (await rig.command(alice!, 'stamps', {
      ids: ['shape:card', 'shape:none'],
    })) as unknown as {
      result: { stamps: Record<string, unknown> }
    }
    expect(reply.result.stamps).toEqual({
      'shape:card': {
        addedAt: expect.any(String),
        addedAs: 'service-user',
        changedAt: expect.any(String),
        changedAs: 'organisation',
      },
    })
    const many = Array.from({ length: 201 }, (_, i) => `shape:c${i}`)
    expect(await rig.command(alice!, 'stamps', { ids: many })).toMatchObject({
      ok: false,
      error: 'bad-command',
    })
  })

  it('R110: counts and stamps are stored in batches and read back by the next room', async () => {
    const secrets = new MemorySecretStore()
    const errors: unknown[] = []
    const first = new Attribution('b' as never, secrets, (e) => errors.push(e))
    await first.load()
    first.declare('p1', 'community')
    const card = cardRecord('x')
    first.noteChanges('p1', [{ key: 'shape:x', before: null, after: card }], () => null)
    expect(await secrets.count('b' as never, CONTRIBUTION_SCOPE)).toBe(0)
    await first.flush()
    expect(await secrets.count('b' as never, CONTRIBUTION_SCOPE)).toBe(1)
    const second = new Attribution('b' as never, secrets, (e) => errors.push(e))
    await second.load()
    expect(
      group(
        second.balance(() => null),
        'community',
      ),
    ).toMatchObject({ people: 1, cards: 1 })
    expect(second.stampsOf(['shape:x'])['shape:x']).toMatchObject({ addedAs: 'community' })
    expect(errors).toEqual([])
  })

  it('R110: the way of taking part is the person’s declaration; anything else counts as not said', () => {
    const attribution = new Attribution('b' as never, new MemorySecretStore(), () => {})
    attribution.declare('p1', 'wizard')
    attribution.count('p1', '', 'cards', 2)
    expect(
      group(
        attribution.balance(() => null),
        'not-said',
      ),
    ).toMatchObject({ people: 1, cards: 2 })
  })
})
