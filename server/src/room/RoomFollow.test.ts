import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, newBoardUpdate, type BoardId, type Limits } from '@common-ground/shared'
import type { BoardBus, BoardEvent, BoardEventHandler } from '../bus/BoardBus.js'
import { InProcessBus } from '../bus/InProcessBus.js'
import { MemoryStorage } from '../storage/memory/MemoryStorage.js'
import { MemoryUpdateLog } from '../storage/memory/MemoryUpdateLog.js'
import {
  access,
  ControlledStore,
  createManager,
  deferred,
  putShapes,
  recordsOf,
  shapeNames,
  storedDoc,
  TestClient,
} from './roomTestkit.testkit.js'
import type { RoomManager } from './RoomManager.js'

const BOARD = 'board-1'
const boardId = BOARD as BoardId

/** An in-process bus that loses the next `dropUpdates` update events, as a network may. */
class LossyBus implements BoardBus {
  readonly inner = new InProcessBus()
  dropUpdates = 0
  dropped: BoardEvent[] = []

  publish(id: BoardId, event: BoardEvent): void {
    if (event.type === 'update' && this.dropUpdates > 0) {
      this.dropUpdates--
      this.dropped.push(event)
      return
    }
    this.inner.publish(id, event)
  }

  subscribe(id: BoardId, handler: BoardEventHandler): () => void {
    return this.inner.subscribe(id, handler)
  }
}

/** Two servers ("processes") with their own log handles on one storage and one bus. */
async function twoProcesses(limits: Partial<Limits> = {}) {
  const storage = new MemoryStorage()
  // As every board is made: its schema is its first entry (R31), so no room writes one.
  await new MemoryUpdateLog(storage).append(boardId, newBoardUpdate([]))
  const bus = new LossyBus()
  const one = createManager({ store: new ControlledStore(storage), bus, limits })
  const two = createManager({ store: new ControlledStore(storage), bus, limits })
  return { storage, bus, one, two, managers: [one.manager, two.manager] }
}

/** Delivers everything both ways on every process until nothing moves. */
async function settle(managers: RoomManager[], clients: TestClient[]): Promise<void> {
  for (let round = 0; round < 1000; round++) {
    let moved = 0
    for (const client of clients) moved += client.deliverToServer()
    for (let i = 0; i < 3; i++) await Promise.all(managers.map((m) => m.idle()))
    for (const client of clients) moved += client.deliverToClient()
    if (moved === 0) return
  }
  throw new Error('clients did not settle')
}

const sorted = (names: string[]) => [...names].sort()

describe('Rooms that follow their board log', () => {
  it('R55, R56: an edit in one process reaches the sockets of another, stored once', async () => {
    const { one, two, managers } = await twoProcesses()
    const alice = new TestClient('alice')
    const bob = new TestClient('bob')
    alice.connect(one.manager, BOARD)
    bob.connect(two.manager, BOARD)
    await settle(managers, [alice, bob])

    putShapes(alice.doc, 'from-alice')
    await settle(managers, [alice, bob])
    expect(bob.names()).toEqual(['from-alice'])
    putShapes(bob.doc, 'from-bob')
    await settle(managers, [alice, bob])
    expect(sorted(alice.names())).toEqual(['from-alice', 'from-bob'])
    expect(sorted(bob.names())).toEqual(['from-alice', 'from-bob'])
    // Each edit is in the log once (after the schema): the room that heard it did not
    // store it again.
    expect(one.store.appends).toBe(1)
    expect(two.store.appends).toBe(1)
    expect((await one.store.load(boardId)).updates).toHaveLength(3)
    await Promise.all(managers.map((m) => m.closeAll()))
  })

  it('R3: what another process relays was stored first', async () => {
    const { one, two, managers } = await twoProcesses()
    const alice = new TestClient('alice')
    const bob = new TestClient('bob')
    alice.connect(one.manager, BOARD)
    bob.connect(two.manager, BOARD)
    await settle(managers, [alice, bob])
    const gate = deferred()
    one.store.appendGate = gate.promise
    putShapes(alice.doc, 'held')
    alice.deliverToServer()
    await two.manager.idle()
    bob.deliverToClient()
    expect(bob.names()).toEqual([])
    gate.resolve()
    await settle(managers, [alice, bob])
    expect(bob.names()).toEqual(['held'])
    await Promise.all(managers.map((m) => m.closeAll()))
  })

  it('R55: an entry appended through the log by other code (a template, a restore) reaches the sockets', async () => {
    const { one, two, managers } = await twoProcesses()
    const bob = new TestClient('bob')
    bob.connect(two.manager, BOARD)
    await settle(managers, [bob])
    const seed = new Y.Doc()
    putShapes(seed, 'written-by-the-server')
    await one.store.append(boardId, Y.encodeStateAsUpdate(seed))
    await settle(managers, [bob])
    expect(bob.names()).toEqual(['written-by-the-server'])
    await Promise.all(managers.map((m) => m.closeAll()))
  })

  it('R57: a dropped bus message is caught up from the log at the next entry', async () => {
    const { bus, one, two, managers } = await twoProcesses()
    const alice = new TestClient('alice')
    const bob = new TestClient('bob')
    alice.connect(one.manager, BOARD)
    bob.connect(two.manager, BOARD)
    await settle(managers, [alice, bob])

    bus.dropUpdates = 1
    putShapes(alice.doc, 'lost-on-the-bus')
    await settle(managers, [alice, bob])
    expect(bus.dropped).toHaveLength(1)
    expect(bob.names()).toEqual([])
    putShapes(alice.doc, 'next')
    await settle(managers, [alice, bob])
    expect(sorted(bob.names())).toEqual(['lost-on-the-bus', 'next'])
    expect(sorted(alice.names())).toEqual(['lost-on-the-bus', 'next'])
    await Promise.all(managers.map((m) => m.closeAll()))
  })

  it('R57: a socket joining catches up an entry whose announcement was lost', async () => {
    const { bus, one, two, managers } = await twoProcesses()
    const alice = new TestClient('alice')
    const bob = new TestClient('bob')
    alice.connect(one.manager, BOARD)
    bob.connect(two.manager, BOARD)
    await settle(managers, [alice, bob])
    bus.dropUpdates = 1
    putShapes(alice.doc, 'last-word')
    await settle(managers, [alice, bob])
    expect(bob.names()).toEqual([])
    const carol = new TestClient('carol')
    carol.connect(two.manager, BOARD)
    await settle(managers, [alice, bob, carol])
    expect(carol.names()).toEqual(['last-word'])
    expect(bob.names()).toEqual(['last-word'])
    await Promise.all(managers.map((m) => m.closeAll()))
  })

  it('R56, R57: a room whose own append lands after an entry it missed catches that one up', async () => {
    const { bus, one, two, managers } = await twoProcesses()
    const alice = new TestClient('alice')
    const bob = new TestClient('bob')
    alice.connect(one.manager, BOARD)
    bob.connect(two.manager, BOARD)
    await settle(managers, [alice, bob])

    bus.dropUpdates = 1
    putShapes(alice.doc, 'missed')
    await settle(managers, [alice, bob])
    putShapes(bob.doc, 'own')
    await settle(managers, [alice, bob])
    expect(sorted(bob.names())).toEqual(['missed', 'own'])
    expect(sorted(alice.names())).toEqual(['missed', 'own'])
    await Promise.all(managers.map((m) => m.closeAll()))
  })

  it('R60: compaction in one process never loses the entries of the other', async () => {
    const { bus, one, two, managers, storage } = await twoProcesses({ compactAfterUpdates: 3 })
    const alice = new TestClient('alice')
    const bob = new TestClient('bob')
    alice.connect(one.manager, BOARD)
    bob.connect(two.manager, BOARD)
    await settle(managers, [alice, bob])

    const names: string[] = []
    for (let i = 0; i < 12; i++) {
      // Every third of bob's entries is lost on the bus: alice's room must catch it up
      // before it may fold it.
      if (i % 3 === 1) bus.dropUpdates = 1
      const writer = i % 2 === 0 ? alice : bob
      putShapes(writer.doc, `s${i}`)
      names.push(`s${i}`)
      writer.deliverToServer()
      await Promise.all(managers.map((m) => m.idle()))
    }
    await settle(managers, [alice, bob])
    expect(one.store.compactions + two.store.compactions).toBeGreaterThan(0)
    expect(sorted(shapeNames(await storedDoc(one.store, BOARD)))).toEqual(sorted(names))
    await Promise.all(managers.map((m) => m.closeAll()))
    // A third process loads all of it.
    const three = createManager({ store: new ControlledStore(storage) })
    const carol = new TestClient('carol')
    carol.connect(three.manager, BOARD)
    await settle([three.manager], [carol])
    expect(sorted(carol.names())).toEqual(sorted(names))
    await three.manager.closeAll()
  })

  it('R60: while one process compacts under the lease, the other does not, and nothing is lost', async () => {
    const { one, two, managers, storage } = await twoProcesses({ compactAfterUpdates: 2 })
    const alice = new TestClient('alice')
    const bob = new TestClient('bob')
    alice.connect(one.manager, BOARD)
    bob.connect(two.manager, BOARD)
    await settle(managers, [alice, bob])
    const gate = deferred()
    one.store.compactGate = gate.promise
    putShapes(alice.doc, 'a1')
    await settle(managers, [alice, bob])
    putShapes(alice.doc, 'a2')
    alice.deliverToServer()
    // One's compaction now waits at the gate, holding the lease.
    await new Promise((resolve) => setImmediate(resolve))
    expect(storage.leases.get(boardId)).toBeDefined()
    putShapes(bob.doc, 'b1')
    putShapes(bob.doc, 'b2')
    bob.deliverToServer()
    await two.manager.idle()
    expect(two.store.compactions).toBe(0)
    gate.resolve()
    await settle(managers, [alice, bob])
    expect(one.store.compactions).toBe(1)
    expect(storage.leases.get(boardId)).toBeUndefined()
    expect(sorted(shapeNames(await storedDoc(two.store, BOARD)))).toEqual(['a1', 'a2', 'b1', 'b2'])
    expect(sorted(alice.names())).toEqual(['a1', 'a2', 'b1', 'b2'])
    await Promise.all(managers.map((m) => m.closeAll()))
    expect(sorted(shapeNames(await storedDoc(two.store, BOARD)))).toEqual(['a1', 'a2', 'b1', 'b2'])
  })

  it('R63: awareness crosses processes, and leaves with its connection', async () => {
    const { managers, one, two } = await twoProcesses()
    const alice = new TestClient('alice')
    const bob = new TestClient('bob')
    alice.awareness.setLocalState({ user: { name: 'Alice' } })
    alice.connect(one.manager, BOARD)
    bob.connect(two.manager, BOARD)
    await settle(managers, [alice, bob])
    expect(bob.awareness.getStates().get(alice.doc.clientID)).toMatchObject({
      user: { name: 'Alice' },
    })
    alice.disconnect()
    await settle(managers, [alice, bob])
    expect(bob.awareness.getStates().has(alice.doc.clientID)).toBe(false)
    await Promise.all(managers.map((m) => m.closeAll()))
  })

  it('R64: closing connections on rotation or archive reaches every process', async () => {
    const { managers, one, two } = await twoProcesses()
    const here = new TestClient('here')
    const there = new TestClient('there')
    const observer = new TestClient('observer')
    here.connect(one.manager, BOARD)
    there.connect(two.manager, BOARD)
    observer.connect(two.manager, BOARD, access('observer'))
    await settle(managers, [here, there, observer])
    expect(
      one.manager.closeConnections(
        boardId,
        (role) => role === 'participant',
        CloseCode.LinkRotated,
      ),
    ).toBe(1)
    expect(here.closedWith).toBe(CloseCode.LinkRotated)
    expect(there.closedWith).toBe(CloseCode.LinkRotated)
    expect(observer.closedWith).toBeNull()
    await Promise.all(managers.map((m) => m.closeAll()))
  })

  it('R59: a room leaves the bus when it unloads', async () => {
    const { managers, one, bus } = await twoProcesses()
    const alice = new TestClient('alice')
    alice.connect(one.manager, BOARD)
    await settle(managers, [alice])
    expect(bus.inner.subscriberCount(boardId)).toBe(1)
    await Promise.all(managers.map((m) => m.closeAll()))
    expect(bus.inner.subscriberCount(boardId)).toBe(0)
  })

  it('R61: compaction keeps an automatic checkpoint, at most one per interval', async () => {
    const { one, managers } = await twoProcesses({ compactAfterUpdates: 2 })
    const alice = new TestClient('alice')
    alice.connect(one.manager, BOARD)
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      putShapes(alice.doc, name)
      await settle(managers, [alice])
    }
    expect(one.store.compactions).toBe(2)
    const checkpoints = await one.store.listCheckpoints(boardId)
    expect(checkpoints.map((c) => c.kind)).toEqual(['automatic'])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, (await one.store.loadCheckpoint(boardId, checkpoints[0]!.id))!.snapshot)
    expect(sorted(shapeNames(doc))).toEqual(['a', 'b'])
    await Promise.all(managers.map((m) => m.closeAll()))
  })

  it('R58: a room rebuilt after a refused update relays what the other process stored meanwhile', async () => {
    const { bus, one, two, managers } = await twoProcesses()
    const mallory = new TestClient('mallory')
    const carol = new TestClient('carol')
    const bob = new TestClient('bob')
    mallory.connect(one.manager, BOARD)
    carol.connect(one.manager, BOARD)
    bob.connect(two.manager, BOARD)
    await settle(managers, [mallory, carol, bob])
    bus.dropUpdates = 1
    putShapes(bob.doc, 'unheard')
    await settle(managers, [mallory, carol, bob])
    expect(carol.names()).toEqual([])
    // Not a record at all: refused, and the room rebuilds from the store.
    recordsOf(mallory.doc).push([{ key: 'shape:bad', val: 42 } as never])
    await settle(managers, [mallory, carol, bob])
    expect(mallory.closedWith).toBe(CloseCode.InvalidRecord)
    expect(carol.names()).toEqual(['unheard'])
    await Promise.all(managers.map((m) => m.closeAll()))
  })
})
