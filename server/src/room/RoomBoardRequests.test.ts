import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, MessageType, SyncMessageType } from '@common-ground/shared'
import { BoardAnswers } from './boardAnswers.js'
import {
  access,
  createManager,
  putShapes,
  recordsOf,
  settle,
  shapeNames,
  TestClient,
} from './roomTestkit.testkit.js'

const BOARD = 'asked'
const WRITER = access('participant')

/** Sync step 1 with `stateVector`: "send me what I lack". */
function step1(stateVector = new Uint8Array([0])): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncMessageType.Step1)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** The board a step 2 answer carries, applied to an empty doc. */
function boardOf(answer: Uint8Array): Y.Doc {
  const decoder = decoding.createDecoder(answer)
  expect(decoding.readVarUint(decoder)).toBe(MessageType.Sync)
  expect(decoding.readVarUint(decoder)).toBe(SyncMessageType.Step2)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder))
  return doc
}

describe('Requests for the whole board', () => {
  it('R28: the same question on an unchanged board gets the answer encoded once; any change renews it', () => {
    const answers = new BoardAnswers()
    const doc = new Y.Doc()
    putShapes(doc, 'a', 'b')
    const empty = new Uint8Array([0])
    const first = answers.answer(doc, empty)
    expect(answers.answer(doc, empty)).toBe(first)
    expect(shapeNames(boardOf(first))).toEqual(['a', 'b'])

    // The doc's own state vector (a client that missed nothing) is kept too.
    const current = Y.encodeStateVector(doc)
    expect(answers.answer(doc, current)).toBe(answers.answer(doc, current))

    putShapes(doc, 'c')
    const second = answers.answer(doc, empty)
    expect(second).not.toBe(first)
    expect(shapeNames(boardOf(second))).toEqual(['a', 'b', 'c'])

    // A deletion changes no state vector, but it changes the answer.
    recordsOf(doc).delete(0, 1)
    expect(shapeNames(boardOf(answers.answer(doc, empty)))).toEqual(['b', 'c'])

    // A rebuilt room has a new doc.
    const rebuilt = new Y.Doc()
    Y.applyUpdate(rebuilt, Y.encodeStateAsUpdate(doc))
    recordsOf(rebuilt).delete(0, 1)
    expect(shapeNames(boardOf(answers.answer(rebuilt, empty)))).toEqual(['c'])
    answers.dispose()
  })

  it('R28: a room answers step 1 with the board as it is, before and after an edit', async () => {
    const { manager } = createManager()
    const alice = new TestClient('alice')
    const asker = new TestClient('asker')
    alice.connect(manager, BOARD, WRITER)
    asker.connect(manager, BOARD, access('observer'))
    putShapes(alice.doc, 'a')
    await settle(manager, [alice, asker])
    asker.socket!.outbox.length = 0
    asker.sendRaw(step1())
    asker.sendRaw(step1())
    asker.deliverToServer()
    await manager.idle()
    const [one, two] = asker.socket!.outbox.splice(0)
    expect(two).toEqual(one)
    expect(shapeNames(boardOf(one!))).toEqual(['a'])
    putShapes(alice.doc, 'b')
    await settle(manager, [alice])
    asker.socket!.outbox.length = 0
    asker.sendRaw(step1())
    asker.deliverToServer()
    await manager.idle()
    expect(shapeNames(boardOf(asker.socket!.outbox[0]!))).toEqual(['a', 'b'])
    await manager.closeAll()
  })

  it('R29: a connection may ask for the board maxBoardRequestsPerMinute times a minute; one more closes it', async () => {
    const { manager, timers, metrics } = createManager({ limits: { maxBoardRequestsPerMinute: 3 } })
    const alice = new TestClient('alice')
    const asker = new TestClient('asker')
    alice.connect(manager, BOARD, WRITER)
    asker.connect(manager, BOARD, access('observer'))
    await settle(manager, [alice, asker])
    // The connect's own step 1 was the first; two more fit the burst.
    for (let i = 0; i < 2; i++) asker.sendRaw(step1())
    await settle(manager, [alice, asker])
    expect(asker.closedWith).toBeNull()
    timers.advance(20_000)
    asker.sendRaw(step1())
    await settle(manager, [alice, asker])
    expect(asker.closedWith).toBeNull()
    asker.sendRaw(step1())
    await settle(manager, [alice, asker])
    expect(asker.closedWith).toBe(CloseCode.TooManyBoardRequests)
    expect(metrics.rejectedFor('TooManyBoardRequests')).toBe(1)
    // Everyone else carries on.
    putShapes(alice.doc, 'kept')
    await settle(manager, [alice])
    expect(alice.closedWith).toBeNull()
    await manager.closeAll()
  })

  it('R29: a room answers maxBoardRequestsPerSecond requests a second, with a burst of maxConnectionsPerBoard', async () => {
    const { manager, timers } = createManager({
      limits: { maxBoardRequestsPerSecond: 2, maxConnectionsPerBoard: 4 },
    })
    // Four connect at once: each one's first step 1 is in the burst.
    const clients = ['a', 'b', 'c', 'd'].map((n) => new TestClient(n))
    for (const client of clients) client.connect(manager, BOARD, WRITER)
    await settle(manager, clients)
    expect(clients.map((c) => c.closedWith)).toEqual([null, null, null, null])
    // The bucket is empty: the next request past the rate closes its sender, until it refills.
    clients[0]!.sendRaw(step1())
    await settle(manager, clients)
    expect(clients[0]!.closedWith).toBe(CloseCode.TooManyBoardRequests)
    timers.advance(500)
    clients[1]!.sendRaw(step1())
    await settle(manager, clients)
    expect(clients[1]!.closedWith).toBeNull()
    await manager.closeAll()
  })
})
