import { beforeAll, describe, expect, it, vi } from 'vitest'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import {
  CloseCode,
  DEFAULT_LIMITS,
  isCloseCode,
  MessageType,
  newBoardId,
  SyncMessageType,
  WS_PATH,
  Y_RECORDS,
  Y_ROOT_TYPES,
} from '@common-ground/shared'
import { tempDir } from '../serverTestkit.testkit.js'
import {
  bearer,
  BoardClient,
  boardSocketUrl,
  createBoard,
  random,
  shapeRecord,
  type Random,
  type TestBoard,
} from './boardClient.testkit.js'
import {
  awarenessMessage,
  awarenessUpdate,
  concat,
  openAndHold,
  rawFrame,
  rawRequest,
  RawWebSocket,
  sendRawFrames,
  sendAndObserve,
  syncStep1All,
  syncUpdate,
  varUint,
  type Outcome,
} from './hostileSockets.testkit.js'
import {
  buildServer,
  health,
  metric,
  spawnServer,
  type ServerProcess,
} from './serverProcess.testkit.js'

/**
 * The relay against hostile sockets, over the real network stack. One board, two honest
 * y-websocket clients editing throughout; meanwhile a seeded stream of bad sockets: random
 * bytes, truncated frames, absurd varints, valid framing around invalid Yjs, invalid
 * tldraw records, foreign root types, observers writing, awareness floods, oversized
 * messages, bad or missing tokens, garbage upgrade requests, and sockets that never read
 * while they ask for the whole board again and again.
 *
 * What must hold: the server process never dies and /healthz answers; each bad socket is
 * closed or answered (never left hanging) with a code a client can act on; nothing a bad
 * socket wrote reaches the honest clients; the honest clients are never disconnected and
 * converge; and after `kill -9` and a restart a fresh client loads every honest edit.
 *
 * Runs are seeded: `SEED=<n>` replays one. A failing seed is in the test name; add it to
 * REGRESSION_SEEDS.
 */

const LONG = process.env.FUZZ_LONG === '1'
const REGRESSION_SEEDS: number[] = []
const SEEDS = process.env.SEED
  ? [Number(process.env.SEED)]
  : [...REGRESSION_SEEDS, ...(LONG ? [1, 2, 3, 4, 5, 6, 7, 8] : [1])]
const ATTACKS = LONG ? 600 : 80
/** Small enough that the stalled socket below is dropped within a few replies. */
const MAX_BUFFERED_BYTES = 256 * 1024
/** Room for the two honest clients, the two stalled sockets and a few more. */
const MAX_CONNECTIONS_PER_BOARD = 12
const FLOOD_SIZE = 16

type Attack =
  | 'randomBytes'
  | 'truncated'
  | 'hugeLength'
  | 'hugeType'
  | 'unknownType'
  | 'authFromClient'
  | 'invalidYjs'
  | 'invalidRecord'
  | 'foreignRoot'
  | 'observerWrite'
  | 'malformedAwareness'
  | 'awarenessFlood'
  | 'oversized'
  | 'noToken'
  | 'wrongToken'
  | 'unknownBoard'
  | 'garbageUpgrade'
  | 'brokenFrames'
  | 'connectionFlood'

const ATTACKS_BY_WEIGHT: [Attack, number][] = [
  ['randomBytes', 10],
  ['truncated', 8],
  ['hugeLength', 5],
  ['hugeType', 3],
  ['unknownType', 4],
  ['authFromClient', 2],
  ['invalidYjs', 8],
  ['invalidRecord', 6],
  ['foreignRoot', 4],
  ['observerWrite', 5],
  ['malformedAwareness', 4],
  ['awarenessFlood', 3],
  ['oversized', 1],
  ['noToken', 2],
  ['wrongToken', 2],
  ['unknownBoard', 2],
  ['garbageUpgrade', 6],
  ['brokenFrames', 6],
  ['connectionFlood', 2],
]

/** Labels of shapes bad sockets try to write; none may ever reach an honest client. */
const HOSTILE_PREFIX = 'hostile'

beforeAll(buildServer, 180_000)

describe('relay under hostile sockets (fuzz)', () => {
  it.each(SEEDS)(
    'seed %i: never crashes, refuses every bad socket, keeps every honest edit',
    async (seed) => {
      try {
        await run(seed)
      } catch (error) {
        console.error(`relay fuzz failed with seed ${seed} (SEED=${seed} replays it)`)
        throw error
      }
    },
    LONG ? 600_000 : 120_000,
  )
})

interface Run {
  rng: Random
  server: ServerProcess
  board: TestBoard
  socketUrl: string
  /** Updates of Ada's own edits, for truncated copies. */
  honestUpdates: Uint8Array[]
  /** Numbers the hostile shapes and awareness ids, so that each is new. */
  hostileCount: number
}

async function run(seed: number): Promise<void> {
  const rng = random(seed)
  const dataDir = tempDir('cg-relay-fuzz-')
  const env = {
    MAX_BUFFERED_BYTES: String(MAX_BUFFERED_BYTES),
    MAX_CONNECTIONS_PER_BOARD: String(MAX_CONNECTIONS_PER_BOARD),
  }
  const server = await spawnServer({ dataDir, env })
  const board = await createBoard(server.url)
  const socketUrl = boardSocketUrl(server.url, board.id)
  const { hostname, port } = new URL(server.url)

  const honest = [
    new BoardClient(server.url, board.id, board.tokens.participant, 'ada'),
    new BoardClient(server.url, board.id, board.tokens.facilitator, 'bo'),
  ]
  honest.forEach((client, i) => client.provider.awareness.setLocalStateField('user', { i }))
  await vi.waitFor(() => expect(honest.every((client) => client.synced)).toBe(true))
  const edits = new Set<string>()
  const state: Run = { rng, server, board, socketUrl, honestUpdates: [], hostileCount: 0 }
  honest[0]!.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== honest[0]!.provider) state.honestUpdates.push(update)
  })
  for (const client of honest) edits.add(client.edit())

  // Two sockets that never read: one silent, one asking for the whole board over and
  // over. The second must be dropped (SlowConsumer) rather than grow the server's memory.
  const headers = { Authorization: `Bearer ${board.tokens.participant}` }
  const path = `${WS_PATH}/${board.id}`
  const silent = await RawWebSocket.open(hostname, Number(port), path, headers)
  const greedy = await RawWebSocket.open(hostname, Number(port), path, headers)

  for (let i = 0; i < ATTACKS; i++) {
    // Every kind once, in order, then at random by weight.
    const attack = i < ATTACKS_BY_WEIGHT.length ? ATTACKS_BY_WEIGHT[i]![0] : pickAttack(rng)
    let outcome: Outcome | string
    try {
      outcome = await launch(attack, state)
    } catch (error) {
      throw new Error(`attack ${i} (${attack}): ${(error as Error).message}`, { cause: error })
    }
    checkOutcome(attack, outcome, i)
    if (rng.chance(0.5)) edits.add(rng.pick(honest).edit())
    if (i % 10 === 0) {
      expect(server.running(), `server alive after attack ${i}`).toBe(true)
      await health(server.url)
    }
  }

  // Fill the board with 1 MiB of shapes, and make the greedy socket ask for all of it
  // again and again (well under the message rate limit) until the server drops it.
  for (let i = 0; i < 16; i++) edits.add(honest[i % 2]!.edit(64 * 1024))
  await vi.waitFor(() => expect(honest[1]!.labels()).toEqual(honest[0]!.labels()), {
    timeout: 15_000,
  })
  const connected = async () => (await health(server.url)).connections
  for (let i = 0; i < 100 && greedy.open; i++) {
    await greedy.send(syncStep1All())
    if (i % 10 === 9 && (await connected()) === 3) break
  }

  // Only the honest clients and the silent reader are still connected: every bad socket
  // is gone, including the greedy one that stopped reading, dropped as a slow consumer or
  // for asking for the whole board too often (R29), whichever comes first.
  await vi.waitFor(async () => expect(await connected()).toBe(3), { timeout: 15_000 })
  const dropped = async (reason: string) =>
    metric(server.url, 'common_ground_messages_rejected_total', { reason })
  expect(
    (await dropped('SlowConsumer')) + (await dropped('TooManyBoardRequests')),
  ).toBeGreaterThanOrEqual(1)
  silent.destroy()
  greedy.destroy()
  await vi.waitFor(async () => expect(await connected()).toBe(2), { timeout: 15_000 })

  // The honest clients converge on exactly their own edits, without ever being disconnected.
  for (const client of honest) {
    await vi.waitFor(() => expect(client.labels()).toEqual(edits), { timeout: 15_000 })
    expect(client.closes, `${client.name} was never disconnected`).toEqual([])
    expect(foreignRoots(client.doc), `${client.name} holds only board types`).toEqual([])
  }
  expect(honest[1]!.ids()).toEqual(honest[0]!.ids())
  for (const client of honest) {
    await vi.waitFor(() =>
      expect(
        [...client.provider.awareness.getStates().keys()].sort(),
        'no flooded awareness entry outlives its socket',
      ).toEqual(honest.map((c) => c.doc.clientID).sort()),
    )
  }

  // What both honest clients saw was stored: it survives kill -9.
  expect(server.running(), 'the server never crashed').toBe(true)
  for (const client of honest) client.destroy()
  await server.kill9()
  const restarted = await spawnServer({ dataDir, env })
  const fresh = new BoardClient(restarted.url, board.id, board.tokens.observer, 'reader')
  await vi.waitFor(() => expect(fresh.synced).toBe(true))
  expect(fresh.labels()).toEqual(edits)
  expect(foreignRoots(fresh.doc)).toEqual([])
}

function pickAttack(rng: Random): Attack {
  const total = ATTACKS_BY_WEIGHT.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = rng.int(total)
  for (const [attack, weight] of ATTACKS_BY_WEIGHT) {
    if (roll < weight) return attack
    roll -= weight
  }
  throw new Error('unreachable')
}

/** Runs one attack; resolves with what the server did. */
async function launch(attack: Attack, run: Run): Promise<Outcome | string> {
  const { rng, board, socketUrl, server } = run
  const participant = bearer(board.tokens.participant)
  const send = (...payloads: Uint8Array[]) => sendAndObserve(socketUrl, payloads, participant)
  switch (attack) {
    case 'randomBytes':
      return send(rng.bytes(1 + rng.int(64)))
    case 'truncated': {
      const whole = syncUpdate(
        rng.pick(run.honestUpdates.length ? run.honestUpdates : [hostileUpdate(run)]),
      )
      return send(whole.subarray(0, rng.int(whole.length)))
    }
    case 'hugeLength':
      // A length prefix of 2^53 (or thereabouts) in front of a handful of bytes.
      return send(
        concat(
          varUint(MessageType.Sync),
          varUint(rng.pick([SyncMessageType.Step1, SyncMessageType.Step2, SyncMessageType.Update])),
          varUint(2n ** BigInt(rng.pick([31, 32, 53, 63, 70]))),
          rng.bytes(rng.int(16)),
        ),
      )
    case 'hugeType':
      return send(concat(varUint(2n ** BigInt(rng.pick([32, 53, 64]))), rng.bytes(rng.int(8))))
    case 'unknownType':
      return send(concat(varUint(4 + rng.int(1000)), rng.bytes(rng.int(8))))
    case 'authFromClient':
      return send(new Uint8Array([MessageType.Auth, 0, 4, 0x6f, 0x6f, 0x70, 0x73]))
    case 'invalidYjs':
      return send(syncUpdate(rng.bytes(1 + rng.int(200))))
    case 'invalidRecord':
      return send(syncUpdate(hostileUpdate(run, 'invalid')))
    case 'foreignRoot':
      return send(syncUpdate(hostileUpdate(run, 'foreign')))
    case 'observerWrite':
      return sendAndObserve(
        socketUrl,
        [syncUpdate(hostileUpdate(run, 'valid'))],
        bearer(board.tokens.observer),
      )
    case 'malformedAwareness':
      return send(awarenessMessage(concat(varUint(1 + rng.int(5)), rng.bytes(rng.int(40)))))
    case 'awarenessFlood': {
      // Many states at once, then the same client changing as fast as it can.
      const ids = Array.from({ length: 200 }, (_, i) => 1_000_000 + run.hostileCount * 1000 + i)
      run.hostileCount++
      const many = awarenessMessage(
        awarenessUpdate(ids.map((id) => ({ id, clock: 1, state: { user: { name: 'flood' } } }))),
      )
      const fast = Array.from({ length: 300 }, (_, clock) =>
        awarenessMessage(awarenessUpdate([{ id: ids[0]!, clock: clock + 2, state: { c: clock } }])),
      )
      return send(many, ...fast)
    }
    case 'oversized':
      return send(new Uint8Array(DEFAULT_LIMITS.maxMessageBytes + 1 + rng.int(1024)))
    case 'noToken':
      return sendAndObserve(socketUrl, [])
    case 'wrongToken':
      return sendAndObserve(socketUrl, [], bearer('A'.repeat(43)))
    case 'unknownBoard':
      return sendAndObserve(boardSocketUrl(server.url, newBoardId()), [], participant)
    case 'garbageUpgrade': {
      const { hostname, port } = new URL(server.url)
      return rawRequest(hostname, Number(port), garbageRequest(rng, board))
    }
    case 'connectionFlood': {
      // More sockets at once than the board takes: the extra ones are turned away. Counted
      // from a quiet room (the last attack's socket may still be closing).
      await vi.waitFor(async () => expect((await health(server.url)).connections).toBe(4))
      const held = await Promise.all(
        Array.from({ length: FLOOD_SIZE }, () => openAndHold(socketUrl, participant)),
      )
      for (const { close } of held) close()
      await vi.waitFor(async () => expect((await health(server.url)).connections).toBe(4))
      const outcomes = held.map(({ outcome }) => outcome)
      const full = outcomes.filter((o) => o.kind === 'closed' && o.code === CloseCode.RoomFull)
      const others = outcomes.filter((o) => o.kind !== 'answered' && !full.includes(o))
      return `${full.length} RoomFull${others.length ? `, others: ${JSON.stringify(others)}` : ''}`
    }
    case 'brokenFrames': {
      const { hostname, port } = new URL(server.url)
      const { bytes, end } = brokenFrames(rng)
      const headers = { Authorization: `Bearer ${board.tokens.participant}` }
      const path = `${WS_PATH}/${board.id}`
      return sendRawFrames(hostname, Number(port), path, headers, bytes, end)
    }
    default: {
      const unhandled: never = attack
      throw new Error(`unknown attack ${String(unhandled)}`)
    }
  }
}

/** What each attack may lead to. Anything else is a finding. */
function checkOutcome(attack: Attack, outcome: Outcome | string, i: number): void {
  const where = `attack ${i} (${attack}): ${JSON.stringify(outcome)}`
  if (attack === 'connectionFlood') {
    // 4 sockets stay connected throughout; the flood fills the rest and then some.
    const expectedFull = FLOOD_SIZE - (MAX_CONNECTIONS_PER_BOARD - 4)
    expect(outcome, where).toBe(`${expectedFull} RoomFull`)
    return
  }
  if (typeof outcome === 'string') {
    expect(outcome, where).not.toMatch(/^HTTP\/1\.[01] 101/)
    expect(outcome, where).toMatch(/^(closed|HTTP\/1\.[01] [45]\d\d)/)
    return
  }
  if (outcome.kind === 'closed' && attack !== 'brokenFrames') {
    // Everything past the framing is closed by the server itself, with a code it names.
    expect(isCloseCode(outcome.code), `${where}: a known close code`).toBe(true)
  }
  switch (attack) {
    case 'randomBytes':
    case 'invalidYjs':
      // Random bytes are sometimes a valid (empty) message; then the server answers.
      if (outcome.kind === 'closed') {
        expect([
          CloseCode.UnknownMessage,
          CloseCode.MalformedMessage,
          CloseCode.InvalidRecord,
        ]).toContain(outcome.code)
      } else expect(outcome, where).toEqual({ kind: 'answered' })
      return
    case 'truncated':
    case 'hugeLength':
    case 'malformedAwareness':
      return expect(outcome, where).toEqual({ kind: 'closed', code: CloseCode.MalformedMessage })
    case 'hugeType':
      expect(outcome.kind, where).toBe('closed')
      expect([CloseCode.UnknownMessage, CloseCode.MalformedMessage], where).toContain(
        (outcome as { code: number }).code,
      )
      return
    case 'unknownType':
    case 'authFromClient':
      return expect(outcome, where).toEqual({ kind: 'closed', code: CloseCode.UnknownMessage })
    case 'invalidRecord':
    case 'foreignRoot':
      return expect(outcome, where).toEqual({ kind: 'closed', code: CloseCode.InvalidRecord })
    case 'observerWrite':
      // Ignored or refused; never applied (checked on the honest clients at the end).
      if (outcome.kind === 'closed') expect(outcome.code, where).toBe(CloseCode.Forbidden)
      else expect(outcome, where).toEqual({ kind: 'answered' })
      return
    case 'awarenessFlood':
      // Extra awareness messages are dropped, not fatal.
      return expect(outcome, where).toEqual({ kind: 'answered' })
    case 'oversized':
      return expect(outcome, where).toEqual({ kind: 'closed', code: CloseCode.MessageTooBig })
    case 'noToken':
    case 'wrongToken':
      return expect(outcome, where).toEqual({ kind: 'refused', status: 401 })
    case 'unknownBoard':
      return expect(outcome, where).toEqual({ kind: 'refused', status: 404 })
    case 'garbageUpgrade':
      return
    case 'brokenFrames':
      // ws answers a protocol error with 1002 and an oversized frame with 1009; a frame cut
      // short by the end of the stream just ends the connection.
      expect(outcome.kind, where).toBe('closed')
      expect([1002, 1006, CloseCode.MessageTooBig], where).toContain(
        (outcome as { code: number }).code,
      )
      return
    default: {
      const unhandled: never = attack
      throw new Error(`unknown attack ${String(unhandled)}`)
    }
  }
}

/**
 * A well-formed Yjs update from a stranger: a valid shape (`valid`), a record the board
 * schema refuses (`invalid`), or content under a root type a board does not have
 * (`foreign`). Its labels start with {@link HOSTILE_PREFIX}.
 */
function hostileUpdate(run: Run, kind: 'valid' | 'invalid' | 'foreign' = 'valid'): Uint8Array {
  const doc = new Y.Doc()
  const n = run.hostileCount++
  const records = new YKeyValue<unknown>(doc.getArray(Y_RECORDS))
  const record = shapeRecord({ author: HOSTILE_PREFIX, n })
  switch (kind) {
    case 'valid':
      records.set(record.id, record)
      break
    case 'invalid': {
      const broken = run.rng.pick([
        { ...record, props: { ...record.props, w: 'wide' } },
        { ...record, typeName: 'not-a-type' },
        { ...record, type: 'no-such-shape' },
        { id: record.id },
        'just a string',
        { ...record, id: `page:${n}` },
      ])
      records.set(record.id, broken)
      break
    }
    case 'foreign':
      doc.getMap(`${HOSTILE_PREFIX}-root`).set('x', record)
      break
  }
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/** Root types of a doc that a board does not have. */
function foreignRoots(doc: Y.Doc): string[] {
  return [...doc.share.keys()].filter((name) => !(Y_ROOT_TYPES as readonly string[]).includes(name))
}

/** WebSocket framing that breaks RFC 6455, after a valid upgrade. */
function brokenFrames(rng: Random): { bytes: Uint8Array; end: boolean } {
  const payload = syncStep1All()
  switch (rng.int(7)) {
    case 0:
      // A length of 2^53 or more in the 64-bit length field.
      return {
        bytes: rawFrame({ opcode: 2, payload, declaredLength: 2n ** BigInt(53 + rng.int(11)) }),
        end: false,
      }
    case 1:
      return { bytes: rawFrame({ opcode: 2, payload, masked: false }), end: false }
    case 2:
      return {
        bytes: rawFrame({ opcode: rng.pick([3, 4, 5, 6, 7, 11, 12, 15]), payload }),
        end: false,
      }
    case 3:
      return { bytes: rawFrame({ opcode: 2, payload, rsv: 1 + rng.int(7) }), end: false }
    case 4:
      return { bytes: rawFrame({ opcode: 9, payload: rng.bytes(126 + rng.int(200)) }), end: false }
    case 5: {
      // Fragments that never finish and together pass the message size limit.
      const fragment = new Uint8Array(1024 * 1024)
      const parts = [rawFrame({ opcode: 2, fin: false, payload: fragment })]
      for (let i = 0; i < 2; i++) parts.push(rawFrame({ opcode: 0, fin: false, payload: fragment }))
      return { bytes: concat(...parts), end: false }
    }
    default: {
      // A frame cut short, then the end of the stream.
      const frame = rawFrame({ opcode: 2, payload: rng.bytes(200) })
      return { bytes: frame.subarray(0, 2 + rng.int(frame.length - 2)), end: true }
    }
  }
}

/** A request to the upgrade endpoint that no server should accept. */
function garbageRequest(rng: Random, board: TestBoard): Uint8Array {
  const path = `${WS_PATH}/${board.id}`
  const good = [
    'Upgrade: websocket',
    'Connection: Upgrade',
    'Sec-WebSocket-Version: 13',
    `Sec-WebSocket-Key: ${Buffer.from(rng.bytes(16)).toString('base64')}`,
    `Authorization: Bearer ${board.tokens.participant}`,
  ]
  const text = (lines: string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n\r\n`)
  switch (rng.int(8)) {
    case 0:
      return rng.bytes(1 + rng.int(300))
    case 1:
      // A valid request line, then random header bytes.
      return concat(new TextEncoder().encode(`GET ${path} HTTP/1.1\r\n`), rng.bytes(200), text([]))
    case 2:
      return text([
        `GET ${path} HTTP/1.1`,
        'Host: x',
        ...good.filter((l) => !l.startsWith('Sec-WebSocket-Key')),
      ])
    case 3:
      return text([
        `GET ${path} HTTP/1.1`,
        'Host: x',
        ...good.map((l) =>
          l.startsWith('Sec-WebSocket-Version') ? 'Sec-WebSocket-Version: 99' : l,
        ),
      ])
    case 4:
      return text([
        `GET ${path} HTTP/1.1`,
        'Host: x',
        ...good.slice(0, 4),
        `Authorization: Bearer \u0001${'%'.repeat(rng.int(64))}`,
      ])
    case 5:
      // Headers larger than Node accepts (16 KiB).
      return text([`GET ${path} HTTP/1.1`, 'Host: x', ...good, `X-Big: ${'a'.repeat(20_000)}`])
    case 6:
      return text([`GET ${WS_PATH}/${'%ff'.repeat(rng.int(30))} HTTP/1.1`, 'Host: x', ...good])
    default:
      return text([`POST ${path} HTTP/1.1`, 'Host: x', 'Content-Length: 5', ...good]).slice(0, -2)
  }
}
