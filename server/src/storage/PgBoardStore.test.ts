import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BoardId } from '@common-ground/shared'
import { boardStoreContract } from './boardStoreContract.testkit.js'
import { PgBoardStore } from './PgBoardStore.js'
import { PG_MIGRATIONS } from './postgres/pgMigrations.js'
import {
  dropTestSchemas,
  requirePostgres,
  TEST_DATABASE_URL,
  testSchema,
} from './postgres/postgresTestkit.testkit.js'
import { secretStoreContract } from './secretStoreContract.testkit.js'

beforeAll(requirePostgres)
afterAll(dropTestSchemas)

const open = (schema: string) =>
  PgBoardStore.open({ connectionString: TEST_DATABASE_URL, schema, poolSize: 4 })

let schema = ''
boardStoreContract('PgBoardStore', {
  create: async () => open((schema = testSchema())),
  reopen: async () => open(schema),
  secondHandle: async () => open(schema),
})

let secretSchema = ''
const stores: PgBoardStore[] = []
afterAll(async () => {
  for (const store of stores.splice(0)) await store.close()
})
secretStoreContract('PgSecretStore', {
  create: async () => {
    const store = await open((secretSchema = testSchema()))
    stores.push(store)
    return store.secrets
  },
  reopen: async () => {
    const store = await open(secretSchema)
    stores.push(store)
    return store.secrets
  },
})

describe('PgBoardStore', () => {
  it('H20: migrates once, records the version, and two processes starting together agree', async () => {
    const shared = testSchema()
    const [a, b] = await Promise.all([open(shared), open(shared)])
    const { rows } = await a.db.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    )
    expect(rows.map((row) => row.version)).toEqual(PG_MIGRATIONS.map((_, index) => index + 1))
    await a.boards.createBoard({
      id: 'a' as BoardId,
      title: 'kept',
      tokenHashes: { facilitator: 'f', participant: 'p', observer: 'o' },
      rotations: { facilitator: 0, participant: 0, observer: 0 },
    })
    await Promise.all([a.close(), b.close()])
    const again = await open(shared)
    expect((await again.boards.getBoard('a' as BoardId))!.title).toBe('kept')
    await again.close()
  })

  it('H20: refuses a database migrated by a newer server', async () => {
    const newer = testSchema()
    await (await open(newer)).close()
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    await client.query(
      `INSERT INTO ${newer}.schema_migrations (version, applied_at) VALUES ($1, 0)`,
      [PG_MIGRATIONS.length + 1],
    )
    await client.end()
    await expect(open(newer)).rejects.toThrow(/newer than this server knows/)
  })

  it('H21: many concurrent appends from three handles get unique seqs with no holes', async () => {
    const shared = testSchema()
    const handles = await Promise.all([open(shared), open(shared), open(shared)])
    const board = 'busy' as BoardId
    const seqs = await Promise.all(
      Array.from({ length: 90 }, (_, i) =>
        handles[i % 3]!.log.append(board, new Uint8Array([i % 256])),
      ),
    )
    expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1))
    for (const handle of handles) await handle.close()
  })

  it('says clearly when the database cannot be reached', async () => {
    await expect(
      PgBoardStore.open({
        connectionString: 'postgres://postgres@127.0.0.1:1/none',
        connectTimeoutMs: 1000,
      }),
    ).rejects.toThrow(/ECONNREFUSED|connect/)
  })
})
