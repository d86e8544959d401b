import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { CloseCode, MessageType, type BoardId } from '@common-ground/shared'
import type { RoomManager } from './RoomManager.js'
import { access, createManager, settle, TestClient } from './roomTestkit.testkit.js'

const BOARD = 'presence'
const WRITER = access('participant')

/** An awareness message of raw entries, as a hostile client would write it. */
function awarenessOf(entries: { id: number; clock: number; state: unknown }[]): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const { id, clock, state } of entries) {
    encoding.writeVarUint(update, id)
    encoding.writeVarUint(update, clock)
    encoding.writeVarString(update, JSON.stringify(state))
  }
  const message = encoding.createEncoder()
  encoding.writeVarUint(message, MessageType.Awareness)
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update))
  return encoding.toUint8Array(message)
}

const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i)

function roomOf(manager: RoomManager) {
  const room = manager['rooms'].get(BOARD as BoardId)
  if (room === undefined) throw new Error('the board is not loaded')
  return room
}

describe('Room awareness ownership and bounds', () => {
  it('R25: nobody can take over a client id another connection announced, even with a higher clock', async () => {
    const { manager, metrics } = createManager()
    const alice = new TestClient('alice')
    const mallory = new TestClient('mallory')
    const bob = new TestClient('bob')
    alice.awareness.setLocalState({ user: { name: 'Alice', color: '#e03131' } })
    for (const client of [alice, mallory, bob]) client.connect(manager, BOARD, WRITER)
    await settle(manager, [alice, mallory, bob])

    const victim = alice.doc.clientID
    mallory.sendRaw(
      awarenessOf([
        { id: victim, clock: 1000, state: { user: { name: 'Mallory', color: '#000' } } },
      ]),
    )
    mallory.sendRaw(awarenessOf([{ id: victim, clock: 1001, state: null }]))
    await settle(manager, [alice, mallory, bob])
    for (const client of [alice, bob]) {
      expect(client.awareness.getStates().get(victim), client.name).toMatchObject({
        user: { name: 'Alice' },
      })
    }
    expect(metrics.rejectedFor('AwarenessForeign')).toBe(2)
    expect(mallory.closedWith).toBeNull()

    // The owner still updates, and after it leaves its id is not anyone's to take over
    // with an echo of the state others still hold.
    alice.awareness.setLocalState({ user: { name: 'Alice B', color: '#e03131' } })
    await settle(manager, [alice, mallory, bob])
    expect(bob.awareness.getStates().get(victim)).toMatchObject({ user: { name: 'Alice B' } })
    alice.disconnect()
    const stale = alice.awareness.meta.get(victim)!.clock
    mallory.sendRaw(awarenessOf([{ id: victim, clock: stale, state: { user: { name: 'echo' } } }]))
    await settle(manager, [mallory, bob])
    expect(bob.awareness.getStates().has(victim)).toBe(false)
    await manager.closeAll()
  })

  it('R25: a connection owns at most maxAwarenessClientsPerConnection client ids; honest clients use one', async () => {
    const { manager, metrics } = createManager({ limits: { maxAwarenessClientsPerConnection: 4 } })
    const mallory = new TestClient('mallory')
    const bob = new TestClient('bob')
    bob.awareness.setLocalState({ user: { name: 'Bob' } })
    for (const client of [mallory, bob]) client.connect(manager, BOARD, WRITER)
    mallory.sendRaw(awarenessOf(ids(1, 10).map((id) => ({ id, clock: 1, state: { n: id } }))))
    await settle(manager, [mallory, bob])
    const seen = [...bob.awareness.getStates().keys()].filter((id) => id !== bob.doc.clientID)
    expect(seen.sort((a, b) => a - b)).toEqual([1, 2, 3, 4])
    expect(metrics.rejectedFor('AwarenessOverLimit')).toBe(1)
    // Its own ids it may still update and remove.
    mallory.sendRaw(awarenessOf([{ id: 2, clock: 2, state: { n: 'two' } }]))
    mallory.sendRaw(awarenessOf([{ id: 3, clock: 2, state: null }]))
    await settle(manager, [mallory, bob])
    expect(bob.awareness.getStates().get(2)).toEqual({ n: 'two', user: undefined })
    expect(bob.awareness.getStates().has(3)).toBe(false)
    expect(bob.closedWith).toBeNull()
    await manager.closeAll()
  })

  it('R26: a board holds at most maxAwarenessStatesPerBoard states, each at most maxAwarenessStateBytes', async () => {
    const { manager, metrics } = createManager({
      limits: { maxAwarenessStatesPerBoard: 3, maxAwarenessStateBytes: 200 },
    })
    const clients = ['a', 'b', 'c', 'd'].map((n) => new TestClient(n))
    for (const client of clients) {
      client.awareness.setLocalState({ user: { name: client.name } })
      client.connect(manager, BOARD, WRITER)
      await settle(manager, clients)
    }
    const [a, , , d] = clients
    expect([...a!.awareness.getStates().keys()]).not.toContain(d!.doc.clientID)
    expect(a!.awareness.getStates().size).toBe(3)
    expect(metrics.rejectedFor('AwarenessOverLimit')).toBeGreaterThan(0)

    a!.awareness.setLocalState({ user: { name: 'x'.repeat(300) } })
    await settle(manager, clients)
    expect(clients[1]!.awareness.getStates().get(a!.doc.clientID)).toMatchObject({
      user: { name: 'a' },
    })
    expect(metrics.rejectedFor('AwarenessTooLarge')).toBe(1)

    // Room again once someone leaves: the next one to announce is shown.
    a!.disconnect()
    d!.awareness.setLocalStateField('user', { name: 'd again' })
    await settle(manager, clients.slice(1))
    expect(clients[1]!.awareness.getStates().get(d!.doc.clientID)).toMatchObject({
      user: { name: 'd again' },
    })
    await manager.closeAll()
  })

  it('R27: an awareness message with more entries than a board may hold closes its socket', async () => {
    const { manager, metrics } = createManager({
      limits: { maxAwarenessStatesPerBoard: 10, maxAwarenessClientsPerConnection: 2 },
    })
    const mallory = new TestClient('mallory')
    const bob = new TestClient('bob')
    for (const client of [mallory, bob]) client.connect(manager, BOARD, WRITER)
    // 12 entries are what an honest client echoing a full board may send.
    mallory.sendRaw(awarenessOf(ids(1, 12).map((id) => ({ id, clock: 1, state: {} }))))
    await settle(manager, [mallory, bob])
    expect(mallory.closedWith).toBeNull()
    mallory.sendRaw(awarenessOf(ids(100, 13).map((id) => ({ id, clock: 1, state: {} }))))
    await settle(manager, [mallory, bob])
    expect(mallory.closedWith).toBe(CloseCode.AwarenessFlood)
    expect(metrics.rejectedFor('AwarenessFlood')).toBe(1)
    expect(bob.closedWith).toBeNull()
    await manager.closeAll()
  })

  it('R26, R7: memory returns when a connection leaves, however many ids it tried', async () => {
    const { manager } = createManager({ limits: { maxAwarenessPerSecond: 1e6 } })
    const bob = new TestClient('bob')
    bob.awareness.setLocalState({ user: { name: 'Bob' } })
    bob.connect(manager, BOARD, WRITER)
    await settle(manager, [bob])
    // Bob's entry, and the room's own (y-protocols gives the room an id, with no state).
    const base = roomOf(manager).awarenessEntries
    let next = 1
    for (let round = 0; round < 50; round++) {
      const mallory = new TestClient(`mallory${round}`)
      mallory.connect(manager, BOARD, WRITER)
      for (let message = 0; message < 5; message++) {
        const batch = ids(next, 100).map((id) => ({ id, clock: 1, state: { n: id } }))
        next += 100
        mallory.sendRaw(awarenessOf(batch))
      }
      await settle(manager, [mallory, bob])
      expect(roomOf(manager).awarenessEntries).toBeLessThanOrEqual(base + 4)
      mallory.disconnect()
      await manager.idle()
      expect(roomOf(manager).awarenessEntries).toBe(base)
    }
    await settle(manager, [bob])
    // 25,000 ids tried; Bob holds only himself, and a newcomer is greeted with Bob alone.
    expect([...bob.awareness.getStates().keys()]).toEqual([bob.doc.clientID])
    const carol = new TestClient('carol')
    carol.connect(manager, BOARD, WRITER)
    await settle(manager, [carol, bob])
    expect([...carol.awareness.getStates().keys()]).toEqual([bob.doc.clientID])
    await manager.closeAll()
  })

  it('R7: a client that reconnects with the same id is shown again from its next clock tick', async () => {
    const { manager } = createManager()
    const alice = new TestClient('alice')
    const bob = new TestClient('bob')
    alice.awareness.setLocalState({ user: { name: 'Alice' } })
    for (const client of [alice, bob]) client.connect(manager, BOARD, WRITER)
    await settle(manager, [alice, bob])
    alice.disconnect()
    await settle(manager, [bob])
    expect(bob.awareness.getStates().has(alice.doc.clientID)).toBe(false)
    alice.connect(manager, BOARD, WRITER)
    alice.awareness.setLocalStateField('user', { name: 'Alice' })
    await settle(manager, [alice, bob])
    expect(bob.awareness.getStates().get(alice.doc.clientID)).toMatchObject({
      user: { name: 'Alice' },
    })
    await manager.closeAll()
  })
})
