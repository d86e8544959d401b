import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore } from 'tldraw'
import { describe, expect, test } from 'vitest'
import {
  CloseCode,
  DEFAULT_LIMITS,
  PERSON_TYPE,
  RATING_TYPE,
  relationMigrations,
  SIX_ELEMENTS_QUESTIONS,
  type Role,
} from '@common-ground/shared'
import { bindStoreToDoc, type StoreDocBinding } from '../client/src/sync/binding'
import { createManualScheduler } from '../client/src/sync/flushScheduler'
import {
  createManualClock,
  docRecords,
  documentRecords,
  geoShape,
} from '../client/src/sync/test/fixtures'
import { seededRandom } from '../client/src/sync/test/TestNetwork'
import { commonGroundShapeUtils } from '../client/src/shapes'
import { templateBoardUpdate } from '../server/src/templates/templateBoard.js'
import {
  access,
  createManager,
  storedDoc,
  TestClient,
  testPersonId,
} from '../server/src/room/roomTestkit.testkit.js'

/**
 * The whole stack, seeded (PROTOCOL.md R35–R54, SPEC 20–24): real client bindings with the
 * board's real schema (tldraw's shapes and ours) talk through in-memory y-websocket
 * sockets to real rooms, validation and write policy on. Peers of every role make random
 * edits, forbidden ones included (an observer writing, a participant unlocking or moving
 * a locked template shape, writing a person card in someone else's name); they drop off
 * and come back; the room unloads and loads again. A peer closed by the server for a
 * refused change reloads, as the app does. At the end every peer holds exactly what the
 * server stored, and nothing forbidden was stored.
 */

const LONG = process.env.FUZZ_LONG === '1'
const SEEDS = LONG ? 200 : 6
const STEPS = LONG ? 300 : 80
const BOARD = 'fuzzed'
const RELOAD_CODES: ReadonlySet<number> = new Set([
  CloseCode.InvalidRecord,
  CloseCode.Locked,
  CloseCode.NotYours,
  CloseCode.ServerOnly,
])

interface Peer {
  name: string
  role: Role
  personId: string
  client: TestClient
  store: TLStore
  binding: StoreDocBinding | null
  flush: () => void
  clock: ReturnType<typeof createManualClock>
}

type Rig = ReturnType<typeof createManager>

/** Delivers everything both ways and lets the room finish, until nothing moves. */
async function settle(rig: Rig, peers: Peer[]): Promise<void> {
  for (let round = 0; round < 200; round++) {
    let moved = 0
    for (const { client } of peers) moved += client.deliverToServer()
    await rig.manager.idle()
    for (const { client } of peers) moved += client.deliverToClient()
    if (moved === 0) return
  }
  throw new Error('did not settle')
}

/** The app's store (client/src/sync/boardStore.ts) without a user: the same schema. */
function boardStore(): TLStore {
  return createTLStore({
    shapeUtils: [...defaultShapeUtils, ...commonGroundShapeUtils],
    bindingUtils: defaultBindingUtils,
    migrations: [relationMigrations],
  })
}

function storeShapes(store: TLStore) {
  return [...store.query.records('shape').get()]
}

async function runSeed(seed: number): Promise<void> {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)]
  const rig = createManager()
  await rig.store.append(BOARD as never, templateBoardUpdate('full-workshop'))
  const template = docRecords(await storedDoc(rig.store, BOARD))
  const locked = Object.entries(template).filter(
    ([, record]) => (record as { isLocked?: boolean }).isLocked === true,
  )
  let next = 0
  /** Template shapes the facilitator changed, moved, (un)locked or deleted (with children). */
  const facilitatorTouched = new Set<string>()
  const touch = (peer: Peer, id: string) => {
    if (peer.role !== 'facilitator') return
    const ids = [id]
    while (ids.length > 0) {
      const current = ids.pop()!
      facilitatorTouched.add(current)
      for (const shape of storeShapes(peer.store))
        if (shape.parentId === current) ids.push(shape.id)
    }
  }

  const roles: [string, Role][] = [
    ['fran', 'facilitator'],
    ['alice', 'participant'],
    ['bob', 'participant'],
    ['olga', 'observer'],
  ]
  const peers: Peer[] = roles.map(([name, role]) => ({
    name,
    role,
    personId: testPersonId(name),
    client: new TestClient(name),
    store: boardStore(),
    binding: null,
    flush: () => {},
    clock: createManualClock(),
  }))

  /** Opens the board afresh, as a page load does: new doc, new store, bound once synced. */
  const open = async (peer: Peer) => {
    peer.binding?.dispose()
    peer.client.disconnect()
    peer.client = new TestClient(peer.name)
    peer.store = boardStore()
    peer.client.connect(rig.manager, BOARD, access(peer.role, false, peer.personId))
    await settle(rig, peers)
    const scheduler = createManualScheduler()
    peer.binding = bindStoreToDoc(peer.store, peer.client.doc, {
      scheduler,
      settleTimer: peer.clock.settleTimer,
      now: peer.clock.now,
      onInvalidRecord: (id, error) => {
        throw new Error(
          `seed ${seed}: ${peer.name} was sent an invalid record ${id}: ${String(error)}`,
        )
      },
    })
    peer.flush = () => scheduler.runPending()
  }
  for (const peer of peers) await open(peer)

  const reloadIfRefused = async (peer: Peer) => {
    const code = peer.client.closedWith
    if (code !== null && RELOAD_CODES.has(code)) await open(peer)
  }

  for (let step = 0; step < STEPS; step++) {
    const peer = pick(peers)!
    const roll = random()
    const shapes = storeShapes(peer.store)
    if (roll < 0.15) {
      const x = Math.round(random() * 800)
      peer.store.put([geoShape(`${peer.name}-${next++}`, x, x)])
    } else if (roll < 0.3) {
      const shape = pick(shapes)
      if (shape) {
        touch(peer, shape.id)
        const dx = Math.round(random() * 40)
        peer.store.update(shape.id, (r) => ({ ...r, x: r.x + dx, y: r.y + dx }))
      }
    } else if (roll < 0.37) {
      // Lock or unlock something: the facilitator's right only (R39).
      const shape = pick(shapes)
      if (shape) {
        touch(peer, shape.id)
        peer.store.update(shape.id, (r) => ({ ...r, isLocked: !r.isLocked }))
      }
    } else if (roll < 0.44) {
      const shape = pick(shapes.filter((s) => s.type !== 'cg-rating-totals'))
      if (shape) {
        touch(peer, shape.id)
        peer.store.remove([shape.id])
      }
    } else if (roll < 0.5) {
      // A person card: their own, or (forbidden, R36) in someone else's name.
      const owner = random() < 0.6 ? peer : pick(peers)!
      const card = peer.store.schema.types.shape.create({
        id: `shape:card-${peer.name}-${next++}` as never,
        type: PERSON_TYPE,
        parentId: 'page:page' as never,
        index: 'a5' as never,
        props: {
          w: 180,
          h: 110,
          label: owner.name,
          takesPartAs: 'community',
          organisation: '',
          participantId: owner.personId,
        },
      })
      peer.store.put([card])
    } else if (roll < 0.56) {
      const check = shapes.find((s) => s.type === 'cg-six-elements')
      const question = pick(SIX_ELEMENTS_QUESTIONS)!
      if (check && peer.client.connected) {
        peer.client.sendCommand(next++, {
          name: 'rate',
          args: { checkId: check.id, question: question.id, value: Math.floor(random() * 5) },
        })
      }
    } else if (roll < 0.66) {
      peer.flush()
    } else if (roll < 0.7) {
      peer.clock.advance(random() * 600)
    } else if (roll < 0.86) {
      for (const { client } of peers) client.deliverToServer(Math.floor(random() * 3))
      await rig.manager.idle()
      for (const { client } of peers) client.deliverToClient(Math.floor(random() * 3))
      for (const each of peers) await reloadIfRefused(each)
    } else if (roll < 0.95) {
      if (peer.client.connected) peer.client.disconnect()
      else await open(peer)
    } else {
      // Everyone leaves and the room unloads; people come back to a room loaded afresh.
      for (const each of peers) each.client.disconnect()
      await rig.manager.idle()
      rig.timers.advance(DEFAULT_LIMITS.roomIdleUnloadMs + 1)
      await rig.manager.idle()
      for (const each of peers) await open(each)
    }
  }

  // Everyone back, everything flushed, delivered and settled; refused peers reloaded.
  for (let round = 0; round < 6; round++) {
    for (const peer of peers) {
      if (!peer.client.connected || peer.client.closedWith !== null) await open(peer)
    }
    for (const peer of peers) {
      peer.clock.advance(1000)
      peer.flush()
    }
    await settle(rig, peers)
  }
  // An observer's own edits are dropped without a close (R15); its page is read-only, so
  // it never has any: it opens the board afresh here to stand for that page.
  for (const peer of peers.filter((p) => p.role === 'observer')) await open(peer)

  const stored = docRecords(await storedDoc(rig.store, BOARD))
  for (const peer of peers) {
    expect(docRecords(peer.client.doc), `seed ${seed}: ${peer.name}'s doc`).toEqual(stored)
    expect(documentRecords(peer.store), `seed ${seed}: ${peer.name}'s store`).toEqual(stored)
  }
  // Nothing forbidden was stored.
  for (const [id, record] of Object.entries(stored)) {
    const r = record as { type?: string; props?: { participantId?: string | null } }
    expect(id.startsWith('shape:olga-'), `seed ${seed}: an observer's shape ${id}`).toBe(false)
    expect(r.type, `seed ${seed}: ${id}`).not.toBe(RATING_TYPE)
    if (r.type === PERSON_TYPE && r.props?.participantId) {
      // A card names the person who made it (its id says who that was).
      const maker = peers.find((p) => id.startsWith(`shape:card-${p.name}-`))
      expect(r.props.participantId, `seed ${seed}: card ${id}`).toBe(maker?.personId)
    }
  }
  // A locked template shape the facilitator left alone is exactly as it was (R39, R40).
  for (const [id, before] of locked) {
    if (facilitatorTouched.has(id)) continue
    expect(stored[id], `seed ${seed}: locked ${id}`).toEqual(before)
  }
  for (const peer of peers) {
    peer.binding?.dispose()
    peer.store.dispose()
  }
}

/** Seeds that once failed, kept as named tests once the bug is fixed (none so far). */
const REGRESSION_SEEDS: readonly number[] = []

describe('whole stack: bindings, room, policy', () => {
  for (const seed of REGRESSION_SEEDS) test(`regression: seed ${seed}`, () => runSeed(seed))

  test(
    `${SEEDS} seeded runs of ${STEPS} steps converge and store nothing forbidden`,
    async () => {
      const base = LONG ? Date.now() % 100_000 : 1
      for (let i = 0; i < SEEDS; i++) {
        const seed = base + i
        try {
          await runSeed(seed)
        } catch (error) {
          console.error(`whole-stack fuzz failed with seed ${seed}`)
          throw error
        }
      }
    },
    LONG ? 600_000 : 120_000,
  )
})
