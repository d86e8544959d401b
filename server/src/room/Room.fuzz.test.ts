import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { BoardId } from '@common-ground/shared'
import { ControlledStore, createManager, settle, TestClient } from './roomTestkit.testkit.js'

/**
 * Seeded convergence runs through a real Room: clients edit at random, messages are
 * delivered in random amounts and interleavings, clients drop and come back, rooms unload
 * when everyone has left. At the end every client, and a doc rebuilt from the store, must
 * hold the same content. A failing seed is in the test name; add it to REGRESSION_SEEDS.
 */

const LONG = process.env.FUZZ_LONG === '1'
const REGRESSION_SEEDS: number[] = []
const SEEDS = [...REGRESSION_SEEDS, ...Array.from({ length: LONG ? 200 : 12 }, (_, i) => i + 1)]
const STEPS = LONG ? 600 : 250
const BOARD = 'fuzz'

/** mulberry32: small, fast, and the same everywhere. */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p }
}

function edit(client: TestClient, rng: ReturnType<typeof random>): void {
  const text = client.doc.getText('t')
  const map = client.doc.getMap<number>('m')
  const roll = rng.int(10)
  if (roll < 5 || text.length === 0) {
    text.insert(rng.int(text.length + 1), `${client.name[0]}${rng.int(100)} `)
  } else if (roll < 8) {
    const at = rng.int(text.length)
    text.delete(at, Math.min(1 + rng.int(6), text.length - at))
  } else if (roll < 9) {
    map.set(`k${rng.int(5)}`, rng.int(1000))
  } else {
    map.delete(`k${rng.int(5)}`)
  }
}

const contentOf = (doc: Y.Doc) => ({
  text: doc.getText('t').toString(),
  map: doc.getMap('m').toJSON(),
})

async function run(seed: number): Promise<void> {
  const rng = random(seed)
  const store = new ControlledStore()
  const { manager, timers } = createManager({
    store,
    limits: { compactAfterUpdates: 2 + rng.int(15), roomIdleUnloadMs: 50 },
  })
  const clients = ['ada', 'bo', 'cy', 'di'].slice(0, 3 + rng.int(2)).map((n) => new TestClient(n))
  for (const client of clients) {
    client.awareness.setLocalState({ name: client.name })
    client.connect(manager, BOARD)
  }

  for (let step = 0; step < STEPS; step++) {
    const client = clients[rng.int(clients.length)]!
    const roll = rng.int(100)
    if (roll < 35) edit(client, rng)
    else if (roll < 60) client.deliverToServer(1 + rng.int(4))
    else if (roll < 85) client.deliverToClient(1 + rng.int(4))
    else if (roll < 90) await manager.idle()
    else if (roll < 94) client.awareness.setLocalStateField('cursor', rng.int(100))
    else if (roll < 97) {
      if (client.connected) client.disconnect()
      else client.connect(manager, BOARD)
    } else timers.advance(rng.int(80))
    if (rng.chance(0.3)) await Promise.resolve()
  }

  for (const client of clients) if (!client.connected) client.connect(manager, BOARD)
  await settle(manager, clients)
  const expected = contentOf(clients[0]!.doc)
  for (const client of clients) expect(contentOf(client.doc), client.name).toEqual(expected)
  // A client that reconnects is shown again from its next awareness clock tick (R7).
  for (const client of clients) client.awareness.setLocalStateField('cursor', -1)
  await settle(manager, clients)
  for (const client of clients) {
    const present = [...client.awareness.getStates().keys()].sort()
    expect(present, `${client.name} sees everyone`).toEqual(
      clients.map((c) => c.doc.clientID).sort(),
    )
  }

  await manager.closeAll()
  const reloaded = new Y.Doc()
  const { updates } = await store.load(BOARD as BoardId)
  for (const update of updates) Y.applyUpdate(reloaded, update)
  expect(contentOf(reloaded), 'reloaded from the store').toEqual(expected)
  expect(updates.length, 'closeAll compacted the log').toBe(1)
}

describe('Room convergence (fuzz)', () => {
  it.each(SEEDS)('converges with seed %i', async (seed) => {
    try {
      await run(seed)
    } catch (error) {
      console.error(`Room fuzz failed with seed ${seed}; add it to REGRESSION_SEEDS.`)
      throw error
    }
  })
})
