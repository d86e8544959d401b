import { randomBytes } from 'node:crypto'
import pg from 'pg'

/**
 * The PostgreSQL the tests use for real (never a mock): `TEST_DATABASE_URL`, by default
 * the one `.ci/run` starts. Each test run works in schemas of its own (`cg_test_…`), which
 * `dropTestSchemas` removes, so runs on one database never collide.
 */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

const run = `cg_test_${process.pid}_${randomBytes(3).toString('hex')}`
let schemas = 0
const made: string[] = []

/** A fresh schema name for this run; the adapters create it when they open. */
export function testSchema(): string {
  const schema = `${run}_${schemas++}`
  made.push(schema)
  return schema
}

/** Fails loudly (never skips) when the test database is not there. */
export async function requirePostgres(): Promise<void> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 3000,
  })
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    throw new Error(
      `These tests need PostgreSQL at ${TEST_DATABASE_URL} (set TEST_DATABASE_URL, or run ` +
        `.ci/run, which starts it): ${(error as Error).message}`,
    )
  } finally {
    await client.end().catch(() => {})
  }
}

/** Drops every schema this run made. */
export async function dropTestSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    for (const schema of made.splice(0))
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  } finally {
    await client.end()
  }
}
