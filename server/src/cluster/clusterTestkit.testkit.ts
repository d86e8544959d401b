import { afterAll, beforeAll } from 'vitest'
import type { BoardClient } from '../hardening/boardClient.testkit.js'
import {
  dropTestSchemas,
  requirePostgres,
  TEST_DATABASE_URL,
  testSchema,
} from '../storage/postgres/postgresTestkit.testkit.js'
import { requireRedis, TEST_REDIS_URL, testPrefix } from '../bus/redisTestkit.testkit.js'

/** Needs the real PostgreSQL and Redis (failing loudly without them); drops its schemas. */
export function useClusterServices(): void {
  beforeAll(async () => {
    await requirePostgres()
    await requireRedis()
  })
  afterAll(dropTestSchemas)
}

export const PERSON_SECRET = 'cluster-test-person-secret-0123456789'

/** The environment of processes sharing one fresh schema and one Redis prefix. */
export function clusterEnv(
  overrides: { databaseUrl?: string; redisUrl?: string } = {},
): Record<string, string> {
  return {
    DATABASE_URL: overrides.databaseUrl ?? TEST_DATABASE_URL,
    REDIS_URL: overrides.redisUrl ?? TEST_REDIS_URL,
    DATABASE_SCHEMA: testSchema(),
    REDIS_PREFIX: testPrefix(),
    DATABASE_POOL_SIZE: '4',
    PERSON_SECRET,
  }
}

export async function until(check: () => boolean, timeoutMs = 20_000, what = 'a condition') {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

export async function untilAsync(check: () => Promise<boolean>, timeoutMs = 20_000, what = '') {
  const end = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** True when every client holds exactly `labels`. */
export function allHold(clients: BoardClient[], labels: Set<string>): boolean {
  return clients.every((client) => {
    const held = client.labels()
    return held.size === labels.size && [...labels].every((label) => held.has(label))
  })
}
