import type { TLShapeId, TLStore } from 'tldraw'
import { describe, expect, test } from 'vitest'
import type * as Y from 'yjs'
import { bindStoreToDoc, type StoreDocBinding } from './binding'
import { createManualScheduler } from './flushScheduler'
import {
  createManualClock,
  createTestStore,
  docRecords,
  documentRecords,
  geoShape,
  textShape,
  serverMadeDoc,
} from './test/fixtures'
import { seededRandom, TestNetwork } from './test/TestNetwork'

/**
 * Seeded convergence runs: several peers, each a headless store bound to its own doc,
 * make random edits, flush at random, receive each other's updates in random order and
 * drop off the network and come back. Once everything is delivered and flushed, every
 * store and every doc must hold the same document records.
 */

const LONG = process.env.FUZZ_LONG === '1'
const SEEDS = LONG ? 500 : 30
const STEPS = LONG ? 400 : 120

interface Peer {
  doc: Y.Doc
  store: TLStore
  binding: StoreDocBinding | null
  runScheduled: () => void
  clock: ReturnType<typeof createManualClock>
}

function runSeed(seed: number, peerCount = 3 + (seed % 2)): void {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)]
  const network = new TestNetwork()
  const peers: Peer[] = []
  let nextShape = 0

  // Half the runs race several first clients on an empty board; the other half have
  // peers join a board one of them created, some of them only after a while.
  const raceOnEmptyBoard = random() < 0.5
  const bind = (peer: Peer) => {
    const scheduler = createManualScheduler()
    peer.binding = bindStoreToDoc(peer.store, peer.doc, {
      scheduler,
      settleTimer: peer.clock.settleTimer,
      now: peer.clock.now,
      onInvalidRecord: (id, error) => {
        throw new Error(`seed ${seed}: valid record ${id} was rejected: ${String(error)}`)
      },
    })
    peer.runScheduled = () => scheduler.runPending()
  }
  for (let i = 0; i < peerCount; i++) {
    const peer: Peer = {
      doc: serverMadeDoc(),
      store: createTestStore(),
      binding: null,
      runScheduled() {},
      clock: createManualClock(),
    }
    network.add(peer.doc)
    peers.push(peer)
    if (raceOnEmptyBoard || i === 0) bind(peer)
  }

  const shapeIds = (store: TLStore) => [...store.query.ids('shape').get()].sort() as TLShapeId[]

  for (let step = 0; step < STEPS; step++) {
    const peer = pick(peers)!
    const roll = random()
    if (!peer.binding) {
      // Joining: bind once the peer has received the board (y-websocket's first sync).
      if (roll < 0.2) {
        network.deliverAll(random)
        bind(peer)
      }
      continue
    }
    if (roll < 0.2) {
      const name = `s${nextShape++}`
      const x = Math.round(random() * 1000)
      peer.store.put([random() < 0.8 ? geoShape(name, x, x) : textShape(name, x, x)])
    } else if (roll < 0.45) {
      // Moves travel as motion entries; a recolour writes the whole record.
      const id = pick(shapeIds(peer.store))
      if (id && random() < 0.8) {
        const dx = Math.round(random() * 20)
        peer.store.update(id, (r) => ({ ...r, x: r.x + dx, y: r.y - dx / 2 }))
      } else if (id) {
        const color = pick(['red', 'green', 'blue'] as const)!
        peer.store.update(id, (r) => ({ ...r, props: { ...r.props, color } }) as typeof r)
      }
    } else if (roll < 0.55) {
      const id = pick(shapeIds(peer.store))
      if (id) peer.store.remove([id])
    } else if (roll < 0.65) {
      peer.runScheduled()
    } else if (roll < 0.7) {
      // Time passes for this peer: the shapes it moved may come to rest.
      peer.clock.advance(random() * 600)
    } else if (roll < 0.9) {
      for (let n = Math.floor(random() * 4); n >= 0; n--) network.deliverOne(random)
    } else if (network.isOnline(peer.doc)) {
      network.disconnect(peer.doc)
    } else {
      network.connect(peer.doc)
    }
  }

  for (const peer of peers) {
    network.connect(peer.doc)
    if (!peer.binding) {
      network.deliverAll(random)
      bind(peer)
    }
  }
  for (let round = 0; round < 5; round++) {
    for (const peer of peers) peer.runScheduled()
    network.deliverAll(random)
  }

  const expected = docRecords(peers[0]!.doc)
  peers.forEach((peer, i) => {
    expect(documentRecords(peer.store), `seed ${seed}: store of peer ${i}`).toEqual(expected)
    expect(docRecords(peer.doc), `seed ${seed}: doc of peer ${i}`).toEqual(expected)
    expect(peer.store.query.ids('page').get().size, `seed ${seed}: pages of peer ${i}`).toBe(1)
  })
  for (const peer of peers) {
    peer.binding?.dispose()
    peer.doc.destroy()
    peer.store.dispose()
  }
}

describe('binding convergence', () => {
  test(
    `${SEEDS} seeded runs of ${STEPS} steps converge`,
    () => {
      const base = LONG ? Date.now() : 1
      for (let i = 0; i < SEEDS; i++) runSeed(base + i)
    },
    LONG ? 600_000 : undefined,
  )
})
