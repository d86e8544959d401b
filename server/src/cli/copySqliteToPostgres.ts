import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import type pg from 'pg'
import { SqliteBoardStore } from '../storage/SqliteBoardStore.js'
import type { PgDatabase } from '../storage/postgres/PgDatabase.js'

/**
 * Copies a deployment from its SQLite file to PostgreSQL (README "Moving from SQLite to
 * PostgreSQL"), row for row: every board's log with its sequence numbers, its checkpoints
 * with their ids (so links to them keep working), board records, assets and the values
 * kept for one person. Then it reads both sides back and compares a digest per table.
 *
 * It refuses a PostgreSQL that already holds boards: it moves a deployment, it does not
 * merge two. The copy is one transaction: it lands whole or not at all.
 */

/** The tables copied, with the columns that order and identify their rows. */
const TABLES = [
  {
    name: 'boards',
    columns: [
      'id',
      'title',
      'archived',
      'created_at',
      'facilitator_hash',
      'participant_hash',
      'observer_hash',
      'facilitator_rotation',
      'participant_rotation',
      'observer_rotation',
    ],
    order: 'id',
  },
  {
    name: 'board_updates',
    columns: ['board_id', 'seq', 'data', 'created_at'],
    order: 'board_id, seq',
  },
  {
    name: 'board_checkpoints',
    columns: ['id', 'board_id', 'kind', 'label', 'seq', 'data', 'created_at'],
    order: 'id',
  },
  {
    name: 'board_assets',
    columns: ['board_id', 'asset_id', 'content_type', 'data', 'created_at'],
    order: 'board_id, asset_id',
  },
  {
    name: 'board_secrets',
    columns: ['board_id', 'scope', 'person_id', 'value', 'updated_at'],
    order: 'board_id, scope, person_id',
  },
  {
    name: 'join_codes',
    columns: ['lookup', 'board_id', 'role', 'sealed'],
    order: 'lookup',
  },
] as const

export interface CopyReport {
  /** Rows copied per table. */
  rows: Record<string, number>
  /** Boards with a log. */
  boards: number
}

/** What a row reads as on both sides, for the digest: booleans as 0/1, bytes as hex. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return '∅'
  if (typeof value === 'boolean') return value ? '1' : '0'
  if (Buffer.isBuffer(value) || value instanceof Uint8Array)
    return Buffer.from(value).toString('hex')
  return String(value)
}

function digest(rows: Record<string, unknown>[], columns: readonly string[]): string {
  const hash = createHash('sha256')
  for (const row of rows) {
    hash.update(columns.map((column) => canonical(row[column])).join('\u0001'))
    hash.update('\u0002')
  }
  return hash.digest('hex')
}

const BATCH = 200

export async function copySqliteToPostgres(
  sqliteFile: string,
  target: PgDatabase,
): Promise<CopyReport> {
  // Opening it as the server does brings an older file up to the current schema first.
  await new SqliteBoardStore(sqliteFile).close()
  const source = new Database(sqliteFile, { readonly: true })
  try {
    const rows: Record<string, number> = {}
    await target.transaction(async (client) => {
      for (const table of [
        'boards',
        'board_updates',
        'board_assets',
        'board_secrets',
        'board_checkpoints',
        'join_codes',
      ]) {
        const { rows: found } = await client.query(`SELECT 1 FROM ${table} LIMIT 1`)
        if (found.length > 0) {
          throw new Error(
            `PostgreSQL already holds data (table ${table} in schema ${target.schema}): ` +
              'copy into an empty database, or a new DATABASE_SCHEMA.',
          )
        }
      }
      for (const table of TABLES) {
        rows[table.name] = await copyTable(source, client, table)
      }
      // Sequence numbers go on from where SQLite left each board; checkpoint ids too.
      await client.query(
        `INSERT INTO board_log_heads (board_id, last_seq)
         SELECT board_id, MAX(seq) FROM board_updates GROUP BY board_id`,
      )
      await client.query(
        `SELECT setval(pg_get_serial_sequence('board_checkpoints', 'id'),
                       COALESCE((SELECT MAX(id) FROM board_checkpoints), 0) + 1, false)`,
      )
    })
    await verify(source, target)
    const boards = source
      .prepare('SELECT COUNT(DISTINCT board_id) AS n FROM board_updates')
      .get() as {
      n: number
    }
    return { rows, boards: boards.n }
  } finally {
    source.close()
  }
}

async function copyTable(
  source: Database.Database,
  client: pg.PoolClient,
  table: (typeof TABLES)[number],
): Promise<number> {
  const columns = table.columns.join(', ')
  const statement = source.prepare(`SELECT ${columns} FROM ${table.name} ORDER BY ${table.order}`)
  let batch: unknown[][] = []
  let count = 0
  const flush = async () => {
    if (batch.length === 0) return
    const width = table.columns.length
    const values = batch.map(
      (_, row) =>
        `(${table.columns.map((_c, column) => `$${row * width + column + 1}`).join(', ')})`,
    )
    await client.query(
      `INSERT INTO ${table.name} (${columns}) VALUES ${values.join(', ')}`,
      batch.flat(),
    )
    count += batch.length
    batch = []
  }
  for (const row of statement.iterate() as Iterable<Record<string, unknown>>) {
    batch.push(
      table.columns.map((column) =>
        table.name === 'boards' && column === 'archived' ? row[column] !== 0 : row[column],
      ),
    )
    if (batch.length >= BATCH) await flush()
  }
  await flush()
  return count
}

/** Throws unless every table reads the same on both sides. */
async function verify(source: Database.Database, target: PgDatabase): Promise<void> {
  for (const table of TABLES) {
    const columns = table.columns.join(', ')
    const from = source
      .prepare(`SELECT ${columns} FROM ${table.name} ORDER BY ${table.order}`)
      .all() as Record<string, unknown>[]
    const to = (await target.query(`SELECT ${columns} FROM ${table.name} ORDER BY ${table.order}`))
      .rows as Record<string, unknown>[]
    if (from.length !== to.length || digest(from, table.columns) !== digest(to, table.columns)) {
      throw new Error(
        `The copy of ${table.name} does not match: ${from.length} rows in SQLite, ${to.length} in PostgreSQL.`,
      )
    }
  }
}
