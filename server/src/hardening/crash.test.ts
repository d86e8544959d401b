import { beforeAll, describe, expect, it, vi } from 'vitest'
import { tempDir } from '../serverTestkit.testkit.js'
import { BoardClient, createBoard, random, type Random } from './boardClient.testkit.js'
import { buildServer, spawnServer, type ServerProcess } from './serverProcess.testkit.js'

/**
 * `kill -9` of the server process at seeded moments while clients edit without pause,
 * restarting on the same DATA_DIR each time. PROTOCOL.md R3: an update is stored before
 * it is relayed, so every edit a client has seen arrive from another client must be on
 * the board after any crash; and what was stored before one crash must survive the next.
 *
 * The moment of each kill is chosen by count, not by clock: the server dies inside the
 * handler of the k-th edit some client receives from another (k seeded), which lands
 * anywhere from mid-burst to mid-compaction. `SEED=<n>` replays a seed; `CRASH_CYCLES`
 * or `FUZZ_LONG=1` runs more cycles.
 */

const LONG = process.env.FUZZ_LONG === '1'
const SEED = process.env.SEED ? Number(process.env.SEED) : LONG ? Date.now() % 2 ** 31 : 1
const CYCLES = Number(process.env.CRASH_CYCLES ?? (LONG ? 25 : 5))
const CLIENTS = 3
/** The clients edit faster than a person would; the rate limit is not what this tests. */
const ENV = { MAX_MESSAGES_PER_SECOND: '100000', COMPACT_AFTER_UPDATES: '150' }

beforeAll(buildServer, 180_000)

describe('the server process under kill -9', () => {
  it(
    `R3: keeps every edit a client has seen from another, across ${CYCLES} crashes (seed ${SEED})`,
    async () => {
      try {
        await run(SEED)
      } catch (error) {
        console.error(`crash test failed with seed ${SEED} (SEED=${SEED} replays it)`)
        throw error
      }
    },
    CYCLES * 30_000,
  )
})

async function run(seed: number): Promise<void> {
  const rng = random(seed)
  const dataDir = tempDir('cg-crash-')
  let server = await spawnServer({ dataDir, env: ENV })
  const board = await createBoard(server.url)
  const tokens = [board.tokens.participant, board.tokens.facilitator]
  /** Labels some client saw arrive from another one before a crash. */
  const mustSurvive = new Set<string>()

  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const where = `seed ${seed}, cycle ${cycle}`
    const clients = Array.from(
      { length: CLIENTS },
      (_, k) => new BoardClient(server.url, board.id, tokens[k % tokens.length]!, `c${cycle}.${k}`),
    )
    await vi.waitFor(
      () =>
        expect(
          clients.every((c) => c.synced),
          where,
        ).toBe(true),
      {
        timeout: 10_000,
      },
    )
    for (const client of clients) {
      const missing = [...mustSurvive].filter((label) => !client.labels().has(label))
      expect(missing, `${where}: seen before the last crash, missing after restart`).toEqual([])
    }

    const seenBefore = mustSurvive.size
    const killAfter = 10 + rng.int(LONG ? 400 : 150)
    const status = await editUntilKilled(server, clients, rng, killAfter)
    expect(status, `${where}: the server died of our SIGKILL, not before`).toEqual({
      code: null,
      signal: 'SIGKILL',
    })
    // Every byte the server sent before it died has been delivered once the sockets close.
    await vi.waitFor(() => expect(clients.every((c) => !c.provider.wsconnected)).toBe(true))
    for (const client of clients) {
      for (const label of client.labels()) {
        if (!label.startsWith(`${client.name}#`)) mustSurvive.add(label)
      }
      // Destroyed before the restart: a client that reconnected would hand its own copy
      // back to the server and hide a loss.
      client.destroy()
    }
    expect(mustSurvive.size, `${where}: edits were relayed before the kill`).toBeGreaterThan(
      seenBefore,
    )
    server = await spawnServer({ dataDir, env: ENV })
  }

  const reader = new BoardClient(server.url, board.id, board.tokens.observer, 'reader')
  await vi.waitFor(() => expect(reader.synced).toBe(true), { timeout: 10_000 })
  const missing = [...mustSurvive].filter((label) => !reader.labels().has(label))
  expect(missing, `seed ${seed}: seen by a client, missing after the final restart`).toEqual([])
}

/**
 * Every client adds shapes on its own jittered timer; the server is killed from inside
 * the handler of the `killAfter`-th edit any client receives from another. Resolves with
 * the server's exit status once editing has stopped.
 */
async function editUntilKilled(
  server: ServerProcess,
  clients: BoardClient[],
  rng: Random,
  killAfter: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  let received = 0
  let killed = false
  const timers = new Set<NodeJS.Timeout>()
  const stop = () => {
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
  }
  const onRemote = (_update: Uint8Array, origin: unknown) => {
    if (killed || !clients.some((c) => c.provider === origin)) return
    if (++received < killAfter) return
    killed = true
    stop()
    void server.kill9()
  }
  const schedule = (client: BoardClient) => {
    // Mostly small edits, now and then a burst or a large shape.
    const timer = setTimeout(
      () => {
        timers.delete(timer)
        if (killed) return
        const burst = rng.chance(0.1) ? 1 + rng.int(20) : 1
        for (let i = 0; i < burst; i++) client.edit(rng.chance(0.05) ? 8 * 1024 : 0)
        schedule(client)
      },
      1 + rng.int(15),
    )
    timers.add(timer)
  }
  for (const client of clients) {
    client.doc.on('update', onRemote)
    schedule(client)
  }
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`only ${received} of ${killAfter} relayed edits arrived in 20 s`)),
      20_000,
    )
  })
  const status = await Promise.race([server.exited, stalled]).finally(() => {
    clearTimeout(timer)
    stop()
  })
  for (const client of clients) client.doc.off('update', onRemote)
  return status
}
