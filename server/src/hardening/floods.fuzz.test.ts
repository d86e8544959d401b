import { beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import {
  CloseCode,
  createBoardSchema,
  META_SCHEMA_KEY,
  Y_META,
  type BoardId,
} from '@common-ground/shared'
import { tempDir } from '../serverTestkit.testkit.js'
import { bearer, BoardClient, boardSocketUrl, createBoard } from './boardClient.testkit.js'
import {
  awarenessMessage,
  awarenessUpdate,
  syncStep1All,
  syncUpdate,
} from './hostileSockets.testkit.js'
import { buildServer, health, metric, spawnServer } from './serverProcess.testkit.js'

/**
 * The floods of issue 10 against a real server process (PROTOCOL.md R25-R32): awareness
 * messages announcing ever new client ids (the 10 a second × 100,000 ids, and
 * messages just under the R27 bound that a server must read), presence take-overs,
 * whole-board requests on a ~2 MB board, and schema rewrites and deletes. Meanwhile two
 * honest y-websocket clients keep editing.
 *
 * What must hold: the server's heap grows by less than the README's bound (64 MiB), the
 * honest clients are never closed, see each other's edits and keep their own presence,
 * and after `kill -9` and a restart a fresh client loads every edit and the schema.
 * A short run in `npm test`; `FUZZ_LONG=1` (`npm run test:fuzz`) floods for 30 s.
 */

const LONG = process.env.FUZZ_LONG === '1'
const FLOOD_SECONDS = LONG ? 30 : 5
const MEMORY_BOUND_BYTES = 64 * 1024 * 1024
/** 32 shapes of 64 KiB: the ~2 MB board of the issue. */
const LARGE_SHAPES = 32
const LARGE_PADDING = 64 * 1024

beforeAll(buildServer, 180_000)

/** A `ws` socket that reads (and drops) what it is sent; `closed` is the code it got. */
function attacker(url: string, boardId: BoardId, token: string) {
  const socket = new WebSocket(boardSocketUrl(url, boardId), bearer(token))
  socket.on('error', () => {})
  const opened = new Promise<void>((resolve) => socket.once('open', () => resolve()))
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))
  return { socket, opened, closed }
}

/**
 * Sends `payload` `perSecond` times a second (in ten bursts a second) over fresh sockets
 * for `ms`, opening the next socket when the server closes one; returns the close codes.
 */
async function flood(
  url: string,
  boardId: BoardId,
  token: string,
  ms: number,
  perSecond: number,
  payload: () => Uint8Array,
): Promise<number[]> {
  const perBurst = Math.max(1, Math.round(perSecond / 10))
  const codes: number[] = []
  const end = Date.now() + ms
  while (Date.now() < end) {
    const { socket, opened, closed } = attacker(url, boardId, token)
    await Promise.race([opened, closed])
    closed.then(
      (code) => codes.push(code),
      () => {},
    )
    while (socket.readyState === WebSocket.OPEN && Date.now() < end) {
      for (let i = 0; i < perBurst; i++) socket.send(payload())
      await new Promise((resolve) => setTimeout(resolve, (1000 * perBurst) / perSecond))
    }
    socket.close()
    await closed
  }
  // 1005: the close this loop made itself at the end.
  return codes.filter((code) => code !== 1005)
}

let nextId = 1_000_000
/** An awareness message announcing `count` client ids never seen before, small states. */
function newIds(count: number): Uint8Array {
  const states = Array.from({ length: count }, () => ({ id: nextId++, clock: 1, state: {} }))
  return awarenessMessage(awarenessUpdate(states))
}

describe('floods that once exhausted the server (fuzz)', () => {
  it(
    `R25-R32: ${FLOOD_SECONDS} s of awareness, take-over, whole-board and schema floods keep the heap within 64 MiB and every honest edit`,
    async () => {
      const dataDir = tempDir('cg-floods-')
      let server = await spawnServer({ dataDir })
      const board = await createBoard(server.url)
      const boardId = board.id as BoardId
      const participant = board.tokens.participant
      const honest = [
        new BoardClient(server.url, board.id, participant, 'ada'),
        new BoardClient(server.url, board.id, board.tokens.facilitator, 'bo'),
      ]
      for (const client of honest) {
        client.provider.awareness.setLocalStateField('user', { name: client.name })
      }
      await vi.waitFor(() => expect(honest.every((c) => c.synced)).toBe(true), {
        timeout: 10_000,
      })
      const edits = new Set<string>()
      for (let i = 0; i < LARGE_SHAPES; i++) {
        edits.add(honest[0]!.edit(LARGE_PADDING))
        // Under R20's rate, as a person's client would be.
        if (i % 8 === 7) await new Promise((resolve) => setTimeout(resolve, 200))
      }
      await vi.waitFor(() => expect(honest[1]!.labels()).toEqual(edits), { timeout: 20_000 })
      const heapBefore = await metric(server.url, 'nodejs_heap_size_used_bytes')

      // A take-over: Ada's client id, a far higher clock, another name.
      const victim = honest[0]!.provider.awareness.clientID
      const takeOver = () =>
        awarenessMessage(
          awarenessUpdate([
            { id: victim, clock: 1_000_000 + nextId++, state: { user: { name: 'Mallory' } } },
          ]),
        )
      // Schema rewrites: a valid schema set by a client, and the server's one deleted.
      const rewrite = () => {
        const doc = new Y.Doc()
        doc.getMap(Y_META).set(META_SCHEMA_KEY, createBoardSchema().serialize())
        return syncUpdate(Y.encodeStateAsUpdate(doc))
      }
      const deletion = () => {
        const doc = new Y.Doc()
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(honest[0]!.doc))
        const before = Y.encodeStateVector(doc)
        doc.getMap(Y_META).delete(META_SCHEMA_KEY)
        return syncUpdate(Y.encodeStateAsUpdate(doc, before))
      }

      const ms = FLOOD_SECONDS * 1000
      const honestEdits = (async () => {
        const end = Date.now() + ms
        while (Date.now() < end) {
          edits.add(honest[Math.floor(Math.random() * 2)]!.edit())
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      })()
      const [hugeCodes, nearBoundCodes, takeOverCodes, boardCodes, boardCodes2, rewriteCodes] =
        await Promise.all([
          // The flood: 10 a second, 100,000 new ids each.
          flood(server.url, boardId, participant, ms, 10, () => newIds(100_000)),
          // Just under R27's bound: read, 4 ids kept, the rest dropped.
          flood(server.url, boardId, participant, ms, 10, () => newIds(600)),
          flood(server.url, boardId, board.tokens.observer, ms, 10, takeOver),
          // Two observers asking for the whole board 100 times a second.
          flood(server.url, boardId, board.tokens.observer, ms, 100, syncStep1All),
          flood(server.url, boardId, board.tokens.observer, ms, 100, syncStep1All),
          flood(server.url, boardId, participant, ms, 5, () =>
            Math.random() < 0.5 ? rewrite() : deletion(),
          ),
        ])
      await honestEdits
      const heapAfter = await metric(server.url, 'nodejs_heap_size_used_bytes')
      console.info(
        `floods: heap ${(heapBefore / 2 ** 20).toFixed(1)} -> ${(heapAfter / 2 ** 20).toFixed(1)} MiB; ` +
          `${hugeCodes.length + nearBoundCodes.length} awareness and ` +
          `${boardCodes.length + boardCodes2.length} board-request sockets closed`,
      )

      expect(new Set(hugeCodes), 'R27').toEqual(new Set([CloseCode.AwarenessFlood]))
      expect(nearBoundCodes.every((code) => code !== CloseCode.AwarenessFlood)).toBe(true)
      expect(takeOverCodes.every((code) => code !== CloseCode.AwarenessFlood)).toBe(true)
      expect([...boardCodes, ...boardCodes2], 'R29').toContain(CloseCode.TooManyBoardRequests)
      expect(new Set(rewriteCodes), 'R30').toEqual(new Set([CloseCode.InvalidRecord]))
      expect(heapAfter - heapBefore, 'R32: heap growth').toBeLessThan(MEMORY_BOUND_BYTES)
      await health(server.url)

      // Honest clients were never closed, converge, and keep their own presence (R25).
      await vi.waitFor(
        () => {
          for (const client of honest) expect(client.labels()).toEqual(edits)
        },
        { timeout: 20_000 },
      )
      for (const client of honest) expect(client.closes, client.name).toEqual([])
      expect(honest[1]!.provider.awareness.getStates().get(victim)).toMatchObject({
        user: { name: 'ada' },
      })
      // The flood's states are gone with their sockets: only the honest two remain.
      const others = [...honest[1]!.provider.awareness.getStates().keys()]
      expect(others.sort()).toEqual(honest.map((c) => c.provider.awareness.clientID).sort())

      // Nothing stored is lost, the schema included.
      await server.kill9()
      server = await spawnServer({ dataDir })
      const fresh = new BoardClient(server.url, board.id, board.tokens.observer, 'fresh')
      await vi.waitFor(() => expect(fresh.synced).toBe(true), { timeout: 20_000 })
      expect(fresh.labels()).toEqual(edits)
      expect(fresh.doc.getMap(Y_META).get(META_SCHEMA_KEY)).toEqual(createBoardSchema().serialize())
    },
    (FLOOD_SECONDS + 90) * 1000,
  )
})
