import { describe, expect, it } from 'vitest'
import { TEST_REDIS_URL } from '../bus/redisTestkit.testkit.js'
import { BoardClient, createBoard, random } from '../hardening/boardClient.testkit.js'
import { startTestServer, type TestServer } from '../serverTestkit.testkit.js'
import { TEST_DATABASE_URL } from '../storage/postgres/postgresTestkit.testkit.js'
import { allHold, clusterEnv, until, useClusterServices } from './clusterTestkit.testkit.js'

/**
 * A seeded fuzz over three servers on the real PostgreSQL and Redis, each with its own
 * store handle (pool) and bus connections, as three processes have, in this test process
 * so the bus can drop events at random (R72): clients on random servers make random
 * edits, and every one of them must end up everywhere. `FUZZ_LONG=1` runs more seeds.
 */
useClusterServices()

const LONG = process.env.FUZZ_LONG === '1'
const SEEDS = LONG ? [1, 2, 3, 4, 5, 6, 7, 8] : [14]
const DROP_RATE = 0.3

describe('three servers with a lossy bus', { timeout: 120_000 }, () => {
  for (const seed of SEEDS) {
    it(`R72: every edit reaches every client though 30% of bus events are lost (seed ${seed})`, async () => {
      const rng = random(seed)
      const env = clusterEnv()
      const servers: TestServer[] = []
      for (let i = 0; i < 3; i++) {
        servers.push(
          await startTestServer({
            cluster: {
              databaseUrl: TEST_DATABASE_URL,
              redisUrl: TEST_REDIS_URL,
              databasePoolSize: 3,
              databaseSchema: env.DATABASE_SCHEMA!,
              redisPrefix: env.REDIS_PREFIX!,
              catchUpIntervalMs: 300,
              dropIncoming: () => rng.chance(DROP_RATE),
            },
            personSecret: env.PERSON_SECRET,
          }),
        )
      }
      const board = await createBoard(servers[0]!.url)
      const clients = Array.from(
        { length: 6 },
        (_, i) =>
          new BoardClient(rng.pick(servers).url, board.id, board.tokens.participant, `c${i}`),
      )
      await until(() => clients.every((client) => client.synced), 30_000, 'sync')
      const made = new Set<string>()
      for (let round = 0; round < 40; round++) {
        const client = rng.pick(clients)
        made.add(client.edit())
        if (rng.chance(0.3)) await new Promise((resolve) => setTimeout(resolve, rng.int(30)))
      }
      await until(() => allHold(clients, made), 60_000, 'every client to hold every edit')
      expect(made.size).toBe(40)
      const caughtUp = await Promise.all(
        servers.map(async (server) => (await server.metrics.scrape()).body),
      )
      // The drops were real: somebody had to read the log for what the bus lost.
      expect(caughtUp.some((body) => /common_ground_catch_ups_total [1-9]/.test(body))).toBe(true)
    })
  }
})
