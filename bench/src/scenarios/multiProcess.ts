import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { startServer, type ServerProcess } from '../servers'
import { RELAY_SCENARIOS, runRelay, type RelayResult } from './relay'

/**
 * Several of our processes on one PostgreSQL and one Redis (README "Several processes"),
 * every room's clients spread over them, against one process on SQLite. On one machine
 * the processes share its cores, so throughput cannot grow: what this shows is what a
 * process costs per edit (CPU summed over every server process) and what the trip through
 * PostgreSQL and Redis adds to latency.
 *
 * BENCH_DATABASE_URL and BENCH_REDIS_URL (default: the PostgreSQL and Redis `.ci/run`
 * starts); each run works in a fresh schema and Redis prefix, dropped afterwards.
 */
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'

export const MULTI_PROCESS_SCENARIOS = ['workshop', 'rooms'] as const
/**
 * After the usual drain, how long a run waits for deliveries still missing, to tell an
 * edit that arrived late from one that was lost (Redis pub/sub may drop; R58 catch-up
 * should then bring it within its 5 s interval).
 */
export const LATE_DELIVERY_WAIT_MS = 30_000
export const PROCESS_COUNTS = [1, 2, 3] as const

export interface MultiProcessResult extends RelayResult {
  /** 0 for the single SQLite process. */
  processes: number
  /** Server CPU (all processes) per edit sent, ms. */
  cpuMsPerEdit: number
}

async function startCluster(count: number, schema: string): Promise<ServerProcess[]> {
  const env = {
    DATABASE_URL,
    REDIS_URL,
    DATABASE_SCHEMA: schema,
    REDIS_PREFIX: `${schema}:`,
    PERSON_SECRET: randomBytes(24).toString('base64url'),
  }
  // The first migrates; the others then find the schema ready.
  const first = await startServer('ours', { env })
  const rest = await Promise.all(
    Array.from({ length: count - 1 }, () => startServer('ours', { env })),
  )
  return [first, ...rest]
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  } finally {
    await client.end()
  }
}

export async function runMultiProcess(
  scenarioId: (typeof MULTI_PROCESS_SCENARIOS)[number],
  processes: number,
  windowMs: number,
): Promise<MultiProcessResult> {
  const scenario = RELAY_SCENARIOS.find((s) => s.id === scenarioId)!
  const schema = `cg_bench_${process.pid}_${randomBytes(3).toString('hex')}`
  try {
    const result =
      processes === 0
        ? await runRelay('ours', scenario, windowMs, undefined, LATE_DELIVERY_WAIT_MS)
        : await runRelay(
            'ours',
            scenario,
            windowMs,
            () => startCluster(processes, schema),
            LATE_DELIVERY_WAIT_MS,
          )
    return {
      ...result,
      processes,
      cpuMsPerEdit: result.sent > 0 ? (result.serverCpuSeconds * 1000) / result.sent : NaN,
    }
  } finally {
    if (processes > 0) await dropSchema(schema)
  }
}
