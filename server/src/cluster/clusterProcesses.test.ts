import { beforeAll, describe, expect, it } from 'vitest'
import { apiPaths, BEARER_PREFIX, CloseCode } from '@common-ground/shared'
import { ownRedis } from '../bus/redisTestkit.testkit.js'
import { BoardClient, createBoard } from '../hardening/boardClient.testkit.js'
import {
  buildServer,
  health,
  spawnServer,
  type ServerProcess,
} from '../hardening/serverProcess.testkit.js'
import { tempDir } from '../serverTestkit.testkit.js'
import { TEST_DATABASE_URL } from '../storage/postgres/postgresTestkit.testkit.js'
import {
  allHold,
  clusterEnv,
  until,
  untilAsync,
  useClusterServices,
} from './clusterTestkit.testkit.js'
import { tcpProxy } from './tcpProxy.testkit.js'

/**
 * Several real server processes on the real PostgreSQL and Redis (README "Several
 * processes", PROTOCOL.md R70–R79), with clients that are unmodified y-websocket providers.
 */
useClusterServices()
beforeAll(() => buildServer(), 120_000)

async function spawnAll(count: number, env: Record<string, string>): Promise<ServerProcess[]> {
  return Promise.all(Array.from({ length: count }, () => spawnServer({ dataDir: tempDir(), env })))
}

/** Two started processes, named. */
async function spawnTwo(env: Record<string, string>): Promise<[ServerProcess, ServerProcess]> {
  const [a, b] = await spawnAll(2, env)
  return [a!, b!]
}

const portOf = (url: string) => Number(new URL(url).port)

describe('several processes on PostgreSQL and Redis', { timeout: 90_000 }, () => {
  it('R77: two processes on one board converge, with awareness', async () => {
    const [a, b] = await spawnTwo(clusterEnv())
    expect(await health(a.url)).toMatchObject({
      store: { kind: 'postgres', ok: true },
      bus: { kind: 'redis', ok: true },
    })
    // Made on one process, opened on the other: the registry is shared.
    const board = await createBoard(a.url)
    const one = new BoardClient(a.url, board.id, board.tokens.participant, 'one')
    const two = new BoardClient(b.url, board.id, board.tokens.participant, 'two')
    await until(() => one.synced && two.synced, 20_000, 'sync')
    const made = new Set<string>()
    for (let i = 0; i < 10; i++) {
      made.add(one.edit())
      made.add(two.edit())
    }
    await until(() => allHold([one, two], made), 20_000, 'both clients to hold every edit')
    one.provider.awareness.setLocalStateField('cursor', { x: 12, y: 34 })
    await until(
      () =>
        [...two.provider.awareness.getStates().values()].some(
          (state) => (state as { cursor?: { x: number } }).cursor?.x === 12,
        ),
      20_000,
      "one's cursor at two",
    )
    // R64 over Redis: rotating the participant link on one process closes the old link's
    // sockets on the other.
    const rotated = await fetch(new URL(apiPaths.rotateLink(board.id, 'participant'), a.url), {
      method: 'POST',
      headers: { Authorization: `${BEARER_PREFIX}${board.tokens.facilitator}` },
    })
    expect(rotated.ok).toBe(true)
    await until(() => two.closes.includes(CloseCode.LinkRotated), 20_000, 'LinkRotated at two')
  })

  it('R78: kill -9 of a process loses nothing anyone saw; its clients reconnect to the other', async () => {
    const processes = await spawnTwo(clusterEnv())
    const [a, b] = processes
    // A load balancer without stickiness: each new connection to the next live process.
    const balancer = await tcpProxy(() =>
      processes.filter((p) => p.running()).map((p) => ({ host: '127.0.0.1', port: portOf(p.url) })),
    )
    const url = `http://127.0.0.1:${balancer.port}`
    const board = await createBoard(url)
    const clients = ['p', 'q', 'r', 's'].map(
      (name) => new BoardClient(url, board.id, board.tokens.participant, name),
    )
    await until(() => clients.every((client) => client.synced), 20_000, 'sync')
    const made = new Set<string>()
    const writing = setInterval(() => {
      for (const client of clients) made.add(client.edit())
    }, 40)
    try {
      await new Promise((resolve) => setTimeout(resolve, 600))
      await a.kill9()
      await new Promise((resolve) => setTimeout(resolve, 600))
    } finally {
      clearInterval(writing)
    }
    // Every client, wherever it was, ends with every edit: the killed process's clients
    // reconnected through the balancer to the survivor and sent what it had not stored.
    await until(() => allHold(clients, made), 30_000, 'every client to hold every edit')
    expect(made.size).toBeGreaterThan(20)
    for (const client of clients) client.destroy()
    // And it is all in PostgreSQL: a newcomer loads it.
    const late = new BoardClient(b.url, board.id, board.tokens.observer, 'late')
    await until(() => allHold([late], made), 20_000, 'a newcomer to load every edit')
  })

  it('R72: Redis restarted mid-session: the processes converge by catching up', async () => {
    const redis = await ownRedis()
    try {
      const [a, b] = await spawnTwo(clusterEnv({ redisUrl: redis.url }))
      const board = await createBoard(a.url)
      const one = new BoardClient(a.url, board.id, board.tokens.participant, 'one')
      const two = new BoardClient(b.url, board.id, board.tokens.participant, 'two')
      await until(() => one.synced && two.synced, 20_000, 'sync')
      const made = new Set([one.edit(), two.edit()])
      await until(() => allHold([one, two], made), 20_000, 'first edits')
      await redis.stop()
      // Each process goes on serving its own sockets.
      for (let i = 0; i < 5; i++) {
        made.add(one.edit())
        made.add(two.edit())
      }
      await until(() => one.labels().size >= 7 && two.labels().size >= 7, 10_000, 'own edits')
      await redis.start()
      await until(() => allHold([one, two], made), 30_000, 'both to converge after Redis returned')
    } finally {
      await redis.stop()
    }
  })

  it('R79: PostgreSQL unreachable: writes are refused with StorageFailure, then resumed; nothing acknowledged is lost', async () => {
    const pgUrl = new URL(TEST_DATABASE_URL)
    const database = { host: pgUrl.hostname, port: Number(pgUrl.port || 5432) }
    const cable = await tcpProxy(() => [database])
    pgUrl.host = `127.0.0.1:${cable.port}`
    const [a] = await spawnAll(1, clusterEnv({ databaseUrl: pgUrl.toString() }))
    if (a === undefined) throw new Error('no process')
    const board = await createBoard(a.url)
    const writer = new BoardClient(a.url, board.id, board.tokens.participant, 'w')
    const watcher = new BoardClient(a.url, board.id, board.tokens.observer, 'v')
    await until(() => writer.synced && watcher.synced, 20_000, 'sync')
    const made = new Set<string>()
    for (let i = 0; i < 5; i++) made.add(writer.edit())
    // Seen by another client: stored and acknowledged.
    await until(() => allHold([watcher], made), 20_000, 'the watcher to see the first edits')

    cable.cut()
    made.add(writer.edit())
    await until(() => writer.closes.includes(CloseCode.StorageFailure), 20_000, 'StorageFailure')
    const response = await fetch(new URL(apiPaths.health, a.url))
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ status: 'store-unavailable' })

    cable.restore()
    made.add(writer.edit())
    await untilAsync(async () => (await health(a.url)).status === 'ok', 20_000, 'healthy again')
    await until(
      () => allHold([writer, watcher], made),
      30_000,
      'every edit after PostgreSQL returned',
    )
    writer.destroy()
    watcher.destroy()
    const late = new BoardClient(a.url, board.id, board.tokens.observer, 'late')
    await until(() => allHold([late], made), 20_000, 'a newcomer to load every edit')
  })

  it('R75: a process with DATABASE_URL but no REDIS_URL refuses to start, saying why', async () => {
    const env = clusterEnv()
    delete env.REDIS_URL
    await expect(spawnServer({ dataDir: tempDir(), env })).rejects.toThrow(
      /DATABASE_URL is set but REDIS_URL is not/,
    )
  })
})
