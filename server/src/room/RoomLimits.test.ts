import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CLOSE_REASONS, CloseCode, MessageType } from '@common-ground/shared'
import {
  access,
  createManager,
  geoShape,
  putRecords,
  putSchema,
  putShapes,
  recordsOf,
  settle,
  shapeNames,
  storedDoc,
  TestClient,
  typesOf,
} from './roomTestkit.testkit.js'

const BOARD = 'limited'
const WRITER = access('participant')

/** Bytes of a board holding these shapes (and the schema the room writes), as stored. */
function boardBytes(...names: string[]): number {
  const doc = new Y.Doc()
  putSchema(doc)
  putRecords(doc, ...names.map((name) => geoShape(name)))
  return Y.encodeStateAsUpdate(doc).byteLength
}

describe('Room limits', () => {
  it('R22: an update that would take the board past maxBoardBytes is refused; deleting still works', async () => {
    const maxBoardBytes = boardBytes('s0', 's1', 's2') + 100
    const { manager, store, metrics } = createManager({ limits: { maxBoardBytes } })
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD, WRITER)
    for (const name of ['s0', 's1', 's2']) {
      putShapes(alice.doc, name)
      await settle(manager, [alice])
    }
    putShapes(alice.doc, 's3')
    await settle(manager, [alice])
    expect(alice.closedWith).toBe(CloseCode.BoardTooLarge)
    expect(alice.socket!.closed!.reason).toBe(CLOSE_REASONS[CloseCode.BoardTooLarge])
    expect(metrics.rejectedFor('BoardTooLarge')).toBe(1)
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['s0', 's1', 's2'])

    // A full board can still be cleared, and then there is room again.
    const bob = new TestClient('bob')
    bob.connect(manager, BOARD, WRITER)
    await settle(manager, [bob])
    recordsOf(bob.doc).delete(0, 2)
    await settle(manager, [bob])
    putShapes(bob.doc, 'new')
    await settle(manager, [bob])
    expect(bob.closedWith).toBeNull()
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['s2', 'new'])
    await manager.closeAll()
  })

  it('R22: the size counts what is already stored when the board loads', async () => {
    const maxBoardBytes = boardBytes('a', 'b') + 50
    const { manager, store } = createManager({ limits: { maxBoardBytes } })
    const seed = new Y.Doc()
    putShapes(seed, 'a', 'b')
    await store.append(BOARD as never, Y.encodeStateAsUpdate(seed))
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD, WRITER)
    await settle(manager, [alice])
    putShapes(alice.doc, 'c')
    await settle(manager, [alice])
    expect(alice.closedWith).toBe(CloseCode.BoardTooLarge)
    await manager.closeAll()
  })

  it('R23: a connection beyond maxConnectionsPerBoard is closed with RoomFull', async () => {
    const { manager, metrics } = createManager({ limits: { maxConnectionsPerBoard: 2 } })
    const clients = ['a', 'b', 'c'].map((name) => new TestClient(name))
    for (const client of clients) client.connect(manager, BOARD, WRITER)
    expect(clients.map((c) => c.closedWith)).toEqual([null, null, CloseCode.RoomFull])
    expect(clients[2]!.socket!.closed!.reason).toBe(CLOSE_REASONS[CloseCode.RoomFull])
    expect(manager.connectionCount).toBe(2)
    expect(metrics.rejectedFor('RoomFull')).toBe(1)
    // Another board is not affected, and a free place is taken again.
    const elsewhere = new TestClient('elsewhere')
    elsewhere.connect(manager, 'other', WRITER)
    clients[0]!.disconnect()
    const late = new TestClient('late')
    late.connect(manager, BOARD, WRITER)
    await settle(manager, [late, elsewhere])
    expect([late.closedWith, elsewhere.closedWith]).toEqual([null, null])
    await manager.closeAll()
  })

  it('R24: a connection that would load a board beyond maxLoadedBoards is closed with ServerBusy', async () => {
    const { manager, timers, metrics } = createManager({
      limits: { maxLoadedBoards: 1, roomIdleUnloadMs: 10 },
    })
    const alice = new TestClient('alice')
    alice.connect(manager, 'one', WRITER)
    const bob = new TestClient('bob')
    bob.connect(manager, 'two', WRITER)
    expect(bob.closedWith).toBe(CloseCode.ServerBusy)
    expect(metrics.rejectedFor('ServerBusy')).toBe(1)
    // More people on a loaded board are fine.
    const carol = new TestClient('carol')
    carol.connect(manager, 'one', WRITER)
    expect(carol.closedWith).toBeNull()
    // Once the board has unloaded, another can load.
    alice.disconnect()
    carol.disconnect()
    await manager.idle()
    timers.advance(10)
    await manager.idle()
    expect(manager.roomCount).toBe(0)
    const dave = new TestClient('dave')
    dave.connect(manager, 'two', WRITER)
    expect(dave.closedWith).toBeNull()
    await manager.closeAll()
  })

  it('R20: sync messages beyond the rate (burst of twice it) close with RateLimited; what was stored stays', async () => {
    const { manager, store, timers, metrics } = createManager({
      limits: { maxMessagesPerSecond: 5 },
    })
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD, WRITER)
    // The step 1 sent on connect is the first of ten messages the burst allows.
    for (let i = 0; i < 9; i++) {
      putShapes(alice.doc, `burst${i}`)
      alice.deliverToServer()
    }
    await manager.idle()
    expect(alice.closedWith).toBeNull()
    timers.advance(1000)
    for (let i = 0; i < 5; i++) {
      putShapes(alice.doc, `refill${i}`)
      alice.deliverToServer()
    }
    await manager.idle()
    expect(alice.closedWith).toBeNull()
    putShapes(alice.doc, 'one-too-many')
    alice.deliverToServer()
    await manager.idle()
    expect(alice.closedWith).toBe(CloseCode.RateLimited)
    expect(metrics.rejectedFor('RateLimited')).toBe(1)
    const stored = shapeNames(await storedDoc(store, BOARD))
    expect(stored).toHaveLength(14)
    expect(stored).not.toContain('one-too-many')
    await manager.closeAll()
  })

  it('R21: awareness beyond its rate is dropped, not fatal; echoed copies do not count', async () => {
    const { manager, timers, metrics } = createManager({ limits: { maxAwarenessPerSecond: 1 } })
    const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
    for (const client of [alice, bob]) client.connect(manager, BOARD, WRITER)
    await settle(manager, [alice, bob])
    const seen = () => bob.awareness.getStates().get(alice.doc.clientID)
    for (const n of [1, 2]) {
      alice.awareness.setLocalState({ n })
      await settle(manager, [alice, bob])
    }
    expect(seen()).toEqual({ n: 2 })
    // bob echoed both of alice's states; his own still gets through.
    bob.awareness.setLocalState({ n: 'bob' })
    await settle(manager, [alice, bob])
    expect(alice.awareness.getStates().get(bob.doc.clientID)).toEqual({ n: 'bob' })

    alice.awareness.setLocalState({ n: 3 })
    await settle(manager, [alice, bob])
    expect(seen()).toEqual({ n: 2 })
    expect(alice.closedWith).toBeNull()
    expect(metrics.rejectedFor('AwarenessThrottled')).toBe(1)
    timers.advance(1000)
    alice.awareness.setLocalState({ n: 4 })
    await settle(manager, [alice, bob])
    expect(seen()).toEqual({ n: 4 })
    await manager.closeAll()
  })

  it('metrics: counts messages in and out, appends and their time, and rejections by close code name', async () => {
    const { manager, timers, metrics, store } = createManager()
    const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
    for (const client of [alice, bob]) client.connect(manager, BOARD, WRITER)
    await settle(manager, [alice, bob])
    const before = { in: metrics.messagesIn, out: metrics.messagesOut }
    // The store takes 250 ms (of the test's clock) from the moment the room appends.
    store.appendGate = {
      then(resolve: () => void) {
        timers.advance(250)
        resolve()
      },
    } as Promise<void>
    putShapes(alice.doc, 'x')
    alice.deliverToServer()
    await manager.idle()
    expect(metrics.messagesIn).toBe(before.in + 1)
    expect(metrics.messagesOut).toBe(before.out + 1)
    expect(typesOf(bob.socket!.outbox)).toEqual([MessageType.Sync])
    expect(metrics.bytesOut).toBeGreaterThan(0)
    // The schema the room wrote when it loaded the empty board (R31), then alice's edit.
    expect(metrics.appends).toEqual([0, 0.25])

    alice.sendRaw(new Uint8Array([42]))
    alice.deliverToServer()
    expect(metrics.rejectedFor('UnknownMessage')).toBe(1)
    await manager.closeAll()
  })
})
