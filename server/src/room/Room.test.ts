import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, MessageType, SyncMessageType, type BoardId } from '@common-ground/shared'
import {
  ControlledStore,
  createManager,
  deferred,
  putShapes,
  recordsOf,
  settle,
  shapeNames,
  storedDoc,
  TestClient,
  typesOf,
} from './roomTestkit.testkit.js'

const BOARD = 'board-1'
const boardId = BOARD as BoardId

async function storedNames(store: ControlledStore): Promise<string[]> {
  return shapeNames(await storedDoc(store, BOARD))
}

function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncMessageType.Update)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

describe('Room', () => {
  it('R1: answers nothing until the board is loaded, then serves the stored content', async () => {
    const store = new ControlledStore()
    const seed = new Y.Doc()
    putShapes(seed, 'stored')
    await store.append(boardId, Y.encodeStateAsUpdate(seed))
    const gate = deferred()
    store.loadGate = gate.promise
    const { manager } = createManager({ store })
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD)
    alice.deliverToServer()
    await Promise.resolve()
    expect(alice.socket!.outbox).toEqual([])

    gate.resolve()
    await manager.idle()
    // R2: the server's step 1 comes first, then the step 2 answering the client's step 1.
    expect(alice.deliverToClient()).toBe(2)
    expect(alice.names()).toEqual(['stored'])
    await manager.closeAll()
  })

  it('R1: closes with StorageFailure when the board cannot be loaded, and retries on the next connect', async () => {
    const store = new ControlledStore()
    const gate = deferred()
    store.loadGate = gate.promise
    const { manager } = createManager({ store })
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD)
    alice.deliverToServer()
    gate.reject(new Error('disk gone'))
    await manager.idle()
    expect(alice.closedWith).toBe(CloseCode.StorageFailure)
    expect(manager.roomCount).toBe(0)

    store.loadGate = null
    const bob = new TestClient('bob')
    bob.connect(manager, BOARD)
    putShapes(bob.doc, 'works-again')
    await settle(manager, [bob])
    expect(bob.closedWith).toBeNull()
    expect(await storedNames(store)).toEqual(['works-again'])
    await manager.closeAll()
  })

  it('R2: greets a new connection with its state vector and who is present', async () => {
    const { manager } = createManager()
    const alice = new TestClient('alice')
    alice.awareness.setLocalState({ user: 'alice' })
    alice.connect(manager, BOARD)
    await settle(manager, [alice])
    const bob = new TestClient('bob')
    bob.connect(manager, BOARD)
    await manager.idle()
    expect(typesOf(bob.socket!.outbox).slice(0, 2)).toEqual([
      MessageType.Sync,
      MessageType.Awareness,
    ])
    bob.deliverToClient()
    expect(bob.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: 'alice' })
    await manager.closeAll()
  })

  it('R3: stores an update before relaying it', async () => {
    const { manager, store } = createManager()
    const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
    alice.connect(manager, BOARD)
    bob.connect(manager, BOARD)
    await settle(manager, [alice, bob])
    const gate = deferred()
    store.appendGate = gate.promise
    putShapes(alice.doc, 'hi')
    alice.deliverToServer()
    await Promise.resolve()
    expect(bob.deliverToClient()).toBe(0)
    gate.resolve()
    await manager.idle()
    bob.deliverToClient()
    expect(bob.names()).toEqual(['hi'])
    expect(await storedNames(store)).toEqual(['hi'])
    await manager.closeAll()
  })

  it('R3: an update the store refuses is neither applied nor relayed, and its sender is closed', async () => {
    const { manager, store } = createManager()
    const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
    alice.connect(manager, BOARD)
    bob.connect(manager, BOARD)
    await settle(manager, [alice, bob])
    store.failAppends = true
    putShapes(alice.doc, 'lost')
    alice.deliverToServer()
    await manager.idle()
    expect(alice.closedWith).toBe(CloseCode.StorageFailure)
    expect(bob.deliverToClient()).toBe(0)
    expect(bob.names()).toEqual([])
    store.failAppends = false
    const carol = new TestClient('carol')
    carol.connect(manager, BOARD)
    await settle(manager, [carol, bob])
    expect(carol.names()).toEqual([])
    expect(await storedNames(store)).toEqual([])
    await manager.closeAll()
  })

  it('R4: relays an update to every other connection but not back to its sender', async () => {
    const { manager } = createManager()
    const clients = ['alice', 'bob', 'carol'].map((name) => new TestClient(name))
    for (const client of clients) client.connect(manager, BOARD)
    await settle(manager, clients)
    const [alice, bob, carol] = clients as [TestClient, TestClient, TestClient]
    putShapes(alice.doc, 'hello')
    alice.deliverToServer()
    await manager.idle()
    expect(alice.socket!.outbox).toEqual([])
    expect(typesOf(bob.socket!.outbox)).toEqual([MessageType.Sync])
    await settle(manager, clients)
    expect([bob.names(), carol.names()]).toEqual([['hello'], ['hello']])
    await manager.closeAll()
  })

  it('R4: relays the bytes it stored; an update re-sent is neither stored nor relayed again', async () => {
    const store = new ControlledStore()
    const { manager } = createManager({ store })
    const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
    for (const client of [alice, bob]) client.connect(manager, BOARD)
    await settle(manager, [alice, bob])
    const edit = new Y.Doc()
    putShapes(edit, 'once')
    const update = Y.encodeStateAsUpdate(edit)
    const appendsBefore = store.appends

    alice.sendRaw(syncUpdate(update))
    alice.deliverToServer()
    await manager.idle()
    expect(store.appends).toBe(appendsBefore + 1)
    const stored = (await store.load(boardId)).updates.at(-1)
    expect(bob.socket!.outbox).toEqual([syncUpdate(stored!)])
    expect(stored).toEqual(update)
    bob.socket!.outbox.length = 0

    alice.sendRaw(syncUpdate(update))
    alice.deliverToServer()
    await manager.idle()
    expect(store.appends).toBe(appendsBefore + 1)
    expect(bob.socket!.outbox).toEqual([])
    expect(alice.closedWith).toBeNull()
    await manager.closeAll()
  })

  it('R5: an unknown message type closes that socket with UnknownMessage; others carry on', async () => {
    const { manager } = createManager()
    const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
    alice.connect(manager, BOARD)
    bob.connect(manager, BOARD)
    await settle(manager, [alice, bob])
    alice.sendRaw(new Uint8Array([42]))
    alice.deliverToServer()
    expect(alice.closedWith).toBe(CloseCode.UnknownMessage)
    expect(alice.socket!.closed!.reason).toMatch(/message type/)
    putShapes(bob.doc, 'still-here')
    const carol = new TestClient('carol')
    carol.connect(manager, BOARD)
    await settle(manager, [bob, carol])
    expect(carol.names()).toEqual(['still-here'])
    await manager.closeAll()
  })

  it.each([
    ['empty', []],
    ['truncated sync update', [MessageType.Sync, SyncMessageType.Update, 10, 1, 2]],
    ['huge varint', [MessageType.Sync, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]],
    ['unknown sync type', [MessageType.Sync, 9, 0]],
    ['garbage update', [MessageType.Sync, SyncMessageType.Update, 3, 200, 7, 9]],
    ['trailing bytes', [MessageType.QueryAwareness, 0]],
    ['bad awareness json', [MessageType.Awareness, 5, 1, 1, 1, 1, 123]],
    ['auth from a client', [MessageType.Auth, 0]],
  ])('R5: rejects %s without disturbing the room', async (_name, bytes) => {
    const { manager, store } = createManager()
    const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
    alice.connect(manager, BOARD)
    bob.connect(manager, BOARD)
    await settle(manager, [alice, bob])
    alice.sendRaw(new Uint8Array(bytes))
    alice.deliverToServer()
    expect([CloseCode.MalformedMessage, CloseCode.UnknownMessage]).toContain(alice.closedWith)
    putShapes(bob.doc, 'ok')
    await settle(manager, [bob])
    expect(await storedNames(store)).toEqual(['ok'])
    await manager.closeAll()
  })

  it('R5: truncated and garbage payloads close with MalformedMessage', async () => {
    const { manager } = createManager()
    const client = new TestClient('alice')
    client.connect(manager, BOARD)
    client.sendRaw(syncUpdate(new Uint8Array([1, 2, 3, 4, 5])))
    client.deliverToServer()
    expect(client.closedWith).toBe(CloseCode.MalformedMessage)
    await manager.closeAll()
  })

  it('R6: relays an awareness state once, and drops the copies clients echo back', async () => {
    const { manager } = createManager()
    const clients = ['alice', 'bob', 'carol'].map((name) => new TestClient(name))
    for (const client of clients) client.connect(manager, BOARD)
    await settle(manager, clients)
    const [alice, bob, carol] = clients as [TestClient, TestClient, TestClient]
    const before = clients.map((client) => client.received.length)

    alice.awareness.setLocalState({ cursor: 1 })
    await settle(manager, clients)
    const awarenessReceived = clients.map(
      (client, i) =>
        typesOf(client.received.slice(before[i])).filter((t) => t === MessageType.Awareness).length,
    )
    // One relay of alice's state each (alice gets hers back, which keeps her watchdog
    // fed); bob's and carol's echoes of it are older-or-equal and go nowhere.
    expect(awarenessReceived).toEqual([1, 1, 1])
    expect(bob.awareness.getStates().get(alice.doc.clientID)).toEqual({ cursor: 1 })
    expect(carol.awareness.getStates().get(alice.doc.clientID)).toEqual({ cursor: 1 })
    await manager.closeAll()
  })

  it('R7: removes the awareness states of a connection that closes', async () => {
    const { manager } = createManager()
    const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
    alice.awareness.setLocalState({ name: 'alice' })
    alice.connect(manager, BOARD)
    bob.connect(manager, BOARD)
    await settle(manager, [alice, bob])
    expect(bob.awareness.getStates().has(alice.doc.clientID)).toBe(true)
    alice.disconnect()
    await settle(manager, [bob])
    expect(bob.awareness.getStates().has(alice.doc.clientID)).toBe(false)

    // The same client coming back is seen again from its next clock tick.
    alice.connect(manager, BOARD)
    alice.awareness.setLocalState(alice.awareness.getLocalState())
    await settle(manager, [alice, bob])
    expect(bob.awareness.getStates().get(alice.doc.clientID)).toEqual({ name: 'alice' })
    const dave = new TestClient('dave')
    dave.connect(manager, BOARD)
    await settle(manager, [alice, bob, dave])
    expect(dave.awareness.getStates().get(alice.doc.clientID)).toEqual({ name: 'alice' })
    await manager.closeAll()
  })

  it('R10: closes a socket that falls too far behind or breaks; the others still get updates', async () => {
    const { manager } = createManager({ limits: { maxBufferedBytes: 1000 } })
    const clients = ['alice', 'bob', 'carol'].map((name) => new TestClient(name))
    for (const client of clients) client.connect(manager, BOARD)
    await settle(manager, clients)
    const [alice, bob, carol] = clients as [TestClient, TestClient, TestClient]
    bob.socket!.bufferedAmount = 5000
    carol.socket!.throwOnSend = true
    const dave = new TestClient('dave')
    dave.connect(manager, BOARD)
    await settle(manager, [dave])
    putShapes(alice.doc, 'x')
    await settle(manager, [alice, dave])
    expect(bob.closedWith).toBe(CloseCode.SlowConsumer)
    expect(carol.closedWith).toBe(CloseCode.SlowConsumer)
    expect(dave.names()).toEqual(['x'])
    expect(manager.connectionCount).toBe(2)
    await manager.closeAll()
  })

  it('R8: compacts the log past the threshold and keeps the content', async () => {
    const { manager, store } = createManager({ limits: { compactAfterUpdates: 10 } })
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD)
    await settle(manager, [alice])
    for (let i = 0; i < 25; i++) {
      putShapes(alice.doc, `line-${i}`)
      if (i % 2 === 0) recordsOf(alice.doc).delete(0, 1)
      await settle(manager, [alice])
    }
    // The schema the room wrote as it loaded the board (R31), then 25 inserts and 13
    // deletes, each its own update: 39, compacted after the 10th, 20th and 30th.
    expect(store.compactions).toBe(3)
    const { updates } = await store.load(boardId)
    expect(updates.length).toBe(1 + 9)
    expect(await storedNames(store)).toEqual(alice.names())
    await manager.closeAll()
  })

  it('R8: compacts right after loading a log that is already past the threshold', async () => {
    const store = new ControlledStore()
    const seed = new Y.Doc()
    seed.on('update', (update: Uint8Array) => void store.append(boardId, update))
    for (let i = 0; i < 20; i++) putShapes(seed, `s${i}`)
    const { manager } = createManager({ store, limits: { compactAfterUpdates: 10 } })
    new TestClient('alice').connect(manager, BOARD)
    await manager.idle()
    expect((await store.load(boardId)).updates).toHaveLength(1)
    expect(await storedNames(store)).toEqual(shapeNames(seed))
    await manager.closeAll()
  })

  it('R9: unloads an idle room and reloads it with the content intact', async () => {
    const { manager, store, timers } = createManager({ limits: { roomIdleUnloadMs: 1000 } })
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD)
    putShapes(alice.doc, 'kept')
    await settle(manager, [alice])
    putShapes(alice.doc, 'again')
    await settle(manager, [alice])
    alice.disconnect()
    await manager.idle()
    timers.advance(999)
    expect(manager.roomCount).toBe(1)
    timers.advance(1)
    await manager.idle()
    expect(manager.roomCount).toBe(0)
    expect((await store.load(boardId)).updates).toHaveLength(1)

    const bob = new TestClient('bob')
    bob.connect(manager, BOARD)
    await settle(manager, [bob])
    expect(bob.names()).toEqual(['kept', 'again'])
    await manager.closeAll()
  })

  it('R9: a connection during unload waits and gets a freshly loaded room', async () => {
    const { manager, store, timers } = createManager({ limits: { roomIdleUnloadMs: 10 } })
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD)
    putShapes(alice.doc, 'before-unload')
    await settle(manager, [alice])
    alice.disconnect()
    await manager.idle()
    const gate = deferred()
    store.compactGate = gate.promise
    timers.advance(10)
    // The unload is now stuck in compaction.
    const bob = new TestClient('bob')
    bob.connect(manager, BOARD)
    bob.deliverToServer()
    await Promise.resolve()
    expect(bob.socket!.outbox).toEqual([])
    expect(manager.roomCount).toBe(2)

    gate.resolve()
    await settle(manager, [bob])
    expect(bob.names()).toEqual(['before-unload'])
    expect(manager.roomCount).toBe(1)
    putShapes(bob.doc, 'after')
    await settle(manager, [bob])
    expect(await storedNames(store)).toEqual(['before-unload', 'after'])
    await manager.closeAll()
  })

  it('R9: a connection before the idle timer fires keeps the room loaded', async () => {
    const { manager, store, timers } = createManager({ limits: { roomIdleUnloadMs: 10 } })
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD)
    await settle(manager, [alice])
    alice.disconnect()
    timers.advance(5)
    const bob = new TestClient('bob')
    bob.connect(manager, BOARD)
    timers.advance(100)
    await manager.idle()
    expect(manager.roomCount).toBe(1)
    expect(store.compactions).toBe(0)
    await manager.closeAll()
  })

  it('R12: closeAll stores every room and closes sockets with GoingAway', async () => {
    const { manager, store } = createManager()
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD)
    await settle(manager, [alice])
    putShapes(alice.doc, 'saved')
    alice.deliverToServer()
    await manager.closeAll()
    expect(alice.closedWith).toBe(CloseCode.GoingAway)
    expect(manager.roomCount).toBe(0)
    const { updates } = await store.load(boardId)
    expect(updates).toHaveLength(1)
    expect(await storedNames(store)).toEqual(['saved'])
  })
})
