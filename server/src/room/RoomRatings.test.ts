import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CloseCode,
  emptyRatings,
  MAX_COMMAND_CHARS,
  RATING_TYPE,
  ratingShapeId,
  ratingTotalsShapeId,
  SIX_ELEMENTS_QUESTIONS,
  SIX_ELEMENTS_TYPE,
  Y_RECORDS,
  type CommandReply,
  type Ratings,
  type Role,
} from '@common-ground/shared'
import type { TLShapeId } from '@tldraw/tlschema'
import { templateBoardUpdate } from '../templates/templateBoard.js'
import {
  access,
  boardSchema,
  createManager,
  recordsOf,
  settle,
  storedDoc,
  TestClient,
  testPersonId,
} from './roomTestkit.testkit.js'

const BOARD = 'rated'

/** A board made from the six-elements template (its check locked), and people on it. */
async function templateBoard(people: [string, Role][]) {
  const rig = createManager()
  await rig.store.append(BOARD as never, templateBoardUpdate('six-elements'))
  const clients = people.map(([name, role]) => {
    const client = new TestClient(name)
    client.connect(rig.manager, BOARD, access(role, false, testPersonId(name)))
    return client
  })
  await settle(rig.manager, clients)
  const check = recordsOf(clients[0]!.doc)
    .toArray()
    .find(({ val }) => (val as { type?: string }).type === SIX_ELEMENTS_TYPE)!.val as {
    id: TLShapeId
    isLocked: boolean
  }
  expect(check.isLocked).toBe(true)
  return { ...rig, clients, checkId: check.id }
}

let nextRequest = 1
async function command(
  rig: { manager: Parameters<typeof settle>[0] },
  clients: TestClient[],
  client: TestClient,
  body: unknown,
): Promise<CommandReply> {
  const id = nextRequest++
  client.sendCommand(id, body)
  await settle(rig.manager, clients)
  const reply = client.replies.get(id)
  expect(reply, `a reply to request ${id}`).toBeDefined()
  return reply!
}

function totalsIn(doc: Y.Doc, checkId: TLShapeId) {
  const entry = recordsOf(doc)
    .toArray()
    .find(({ key }) => key === ratingTotalsShapeId(checkId))
  return (entry?.val as { props: { raters: number; distribution: Record<string, number[]> } })
    ?.props
}

const rate = (checkId: string, question: string, value: number | null) => ({
  name: 'rate',
  args: { checkId, question, value },
})

describe('commands and secret ratings', () => {
  it('R50, R42: a person rates all six questions of a locked check and changes one; everyone sees only the totals', async () => {
    const rig = await templateBoard([
      ['fran', 'facilitator'],
      ['alice', 'participant'],
      ['bob', 'participant'],
    ])
    const [fran, alice, bob] = rig.clients as [TestClient, TestClient, TestClient]
    for (const [index, question] of SIX_ELEMENTS_QUESTIONS.entries()) {
      const reply = await command(
        rig,
        rig.clients,
        alice,
        rate(rig.checkId, question.id, index % 5),
      )
      expect(reply.ok).toBe(true)
    }
    const changed = await command(rig, rig.clients, alice, rate(rig.checkId, 'networks', 0))
    const expected: Ratings = {
      'asset-based': 0,
      capabilities: 1,
      mutuality: 2,
      networks: 0,
      'blurring-roles': 4,
      catalysts: 0,
    }
    expect(changed).toEqual({ ok: true, result: { ratings: expected } })
    expect(await command(rig, rig.clients, bob, rate(rig.checkId, 'networks', 4))).toMatchObject({
      ok: true,
    })

    for (const client of [fran, alice, bob]) {
      const totals = totalsIn(client.doc, rig.checkId)
      expect(totals.raters).toBe(2)
      expect(totals.distribution.networks).toEqual([1, 0, 0, 0, 1])
      expect(totals.distribution.capabilities).toEqual([0, 1, 0, 0, 0])
    }
    const stored = await storedDoc(rig.store, BOARD)
    expect(totalsIn(stored, rig.checkId).raters).toBe(2)
    expect(
      await rig.secrets.get(BOARD as never, `rating:${rig.checkId}`, testPersonId('alice')),
    ).toEqual(expected)
  })

  it('R51: a person reads back their own answers after a reload, and nobody else’s', async () => {
    const rig = await templateBoard([
      ['alice', 'participant'],
      ['bob', 'participant'],
    ])
    const [alice, bob] = rig.clients as [TestClient, TestClient]
    await command(rig, rig.clients, alice, rate(rig.checkId, 'mutuality', 3))
    alice.disconnect()
    const again = new TestClient('alice-again')
    again.connect(rig.manager, BOARD, access('participant', false, testPersonId('alice')))
    const clients = [again, bob]
    const mine = await command(rig, clients, again, {
      name: 'myRatings',
      args: { checkId: rig.checkId },
    })
    expect(mine).toEqual({ ok: true, result: { ratings: { ...emptyRatings(), mutuality: 3 } } })
    const bobs = await command(rig, clients, bob, {
      name: 'myRatings',
      args: { checkId: rig.checkId },
    })
    expect(bobs).toEqual({ ok: true, result: { ratings: emptyRatings() } })
  })

  it('R52: a person’s individual answers never reach anyone else, byte for byte', async () => {
    const rig = await templateBoard([
      ['alice', 'participant'],
      ['eve', 'participant'],
      ['olga', 'observer'],
    ])
    const [alice, eve, olga] = rig.clients as [TestClient, TestClient, TestClient]
    for (const question of SIX_ELEMENTS_QUESTIONS) {
      await command(rig, rig.clients, alice, rate(rig.checkId, question.id, 3))
    }
    const secret = JSON.stringify({ ...emptyRatings(), 'asset-based': 3 }).slice(1, -1)
    for (const reader of [eve, olga]) {
      const bytes = Buffer.concat(reader.received.map((m) => Buffer.from(m))).toString('latin1')
      expect(bytes).not.toContain(testPersonId('alice'))
      expect(bytes).not.toContain(secret)
      expect(bytes).not.toContain('"ratings"')
      expect(
        recordsOf(reader.doc)
          .toArray()
          .some(({ val }) => (val as { type?: string }).type === RATING_TYPE),
      ).toBe(false)
    }
  })

  it('R50: an observer may not rate; a rating for a check that is not there is refused by name', async () => {
    const rig = await templateBoard([
      ['olga', 'observer'],
      ['alice', 'participant'],
    ])
    const [olga, alice] = rig.clients as [TestClient, TestClient]
    expect(await command(rig, rig.clients, olga, rate(rig.checkId, 'networks', 1))).toMatchObject({
      ok: false,
      error: 'read-only',
    })
    expect(await command(rig, rig.clients, alice, rate('shape:gone', 'networks', 1))).toMatchObject(
      {
        ok: false,
        error: 'no-such-check',
      },
    )
    expect(totalsIn(alice.doc, rig.checkId)).toBeUndefined()
  })

  it('R43, R46: an unreadable or unknown command is answered with bad-command; the socket stays open', async () => {
    const rig = await templateBoard([['alice', 'participant']])
    const [alice] = rig.clients as [TestClient]
    for (const body of [
      { name: 'launch', args: {} },
      { name: 'rate', args: { checkId: rig.checkId, question: 'nope', value: 1 } },
      { name: 'rate', args: { checkId: rig.checkId, question: 'networks', value: 7 } },
      [1, 2],
      'rate',
    ]) {
      expect(await command(rig, rig.clients, alice, body)).toMatchObject({
        ok: false,
        error: 'bad-command',
      })
    }
    expect(alice.closedWith).toBeNull()
  })

  it('R44: a command longer than the limit closes the socket', async () => {
    const rig = await templateBoard([['alice', 'participant']])
    const [alice] = rig.clients as [TestClient]
    alice.sendCommand(1, { name: 'myRatings', args: { checkId: 'x'.repeat(MAX_COMMAND_CHARS) } })
    await settle(rig.manager, rig.clients)
    expect(alice.closedWith).toBe(CloseCode.MalformedMessage)
  })

  it('R45: a flood of commands closes the socket with RateLimited', async () => {
    const rig = await templateBoard([['alice', 'participant']])
    const [alice] = rig.clients as [TestClient]
    for (let i = 0; i < 100; i++)
      alice.sendCommand(i, { name: 'myRatings', args: { checkId: rig.checkId } })
    await settle(rig.manager, rig.clients)
    expect(alice.closedWith).toBe(CloseCode.RateLimited)
  })

  it('R53: a board holding ratings as records has them moved into the secret store when it loads', async () => {
    const rig = createManager()
    await rig.store.append(BOARD as never, templateBoardUpdate('six-elements'))
    const writer = new Y.Doc()
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(await storedDoc(rig.store, BOARD)))
    const check = recordsOf(writer)
      .toArray()
      .find(({ val }) => (val as { type?: string }).type === SIX_ELEMENTS_TYPE)!.val as {
      id: TLShapeId
    }
    const before = Y.encodeStateVector(writer)
    const legacy = ['old-person-1', 'old-person-2'].map((participantId, i) =>
      boardSchema.types.shape.create({
        id: ratingShapeId(check.id, participantId),
        type: RATING_TYPE,
        parentId: check.id,
        index: 'a1' as never,
        props: {
          participantId,
          participantName: `Person ${i}`,
          ratings: { ...emptyRatings(), catalysts: (i + 2) as 2 | 3 },
        },
      }),
    )
    writer.getArray(Y_RECORDS).push(legacy.map((val) => ({ key: val.id, val })))
    await rig.store.append(BOARD as never, Y.encodeStateAsUpdate(writer, before))

    const reader = new TestClient('reader')
    reader.connect(rig.manager, BOARD, access('observer'))
    await settle(rig.manager, [reader])
    expect(
      recordsOf(reader.doc)
        .toArray()
        .filter(({ val }) => (val as { type?: string }).type === RATING_TYPE),
    ).toEqual([])
    expect(totalsIn(reader.doc, check.id)).toMatchObject({ raters: 2 })
    expect(totalsIn(reader.doc, check.id).distribution.catalysts).toEqual([0, 0, 1, 1, 0])
    expect(
      await rig.secrets.get(BOARD as never, `rating:${check.id}`, 'old-person-2'),
    ).toMatchObject({
      catalysts: 3,
    })
    const stored = await storedDoc(rig.store, BOARD)
    expect(JSON.stringify(stored.getArray(Y_RECORDS).toJSON())).not.toContain('Person 1')
  })
})
