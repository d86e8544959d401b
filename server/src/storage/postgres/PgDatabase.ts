import pg from 'pg'
import { PG_MIGRATIONS } from './pgMigrations.js'

export interface PgDatabaseOptions {
  /** `DATABASE_URL`, e.g. `postgres://user@host:5432/commonground`. */
  connectionString: string
  /** Connections this process keeps at most (`DATABASE_POOL_SIZE`, default 10). */
  poolSize?: number
  /**
   * The PostgreSQL schema holding the tables (default `public`). Tests give each run a
   * schema of its own so runs on one database never see each other.
   */
  schema?: string
  /** How long to wait for a connection before a query fails (ms, default 5000). */
  connectTimeoutMs?: number
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/

/**
 * A pool of connections to one PostgreSQL database, with the schema migrated. Open it with
 * {@link PgDatabase.open}; every Pg adapter (log, registry, assets, secrets) shares it.
 *
 * Bigint columns (sequence numbers, times in ms) are read as JavaScript numbers: they stay
 * far below 2^53.
 */
export class PgDatabase {
  private constructor(
    readonly pool: pg.Pool,
    readonly schema: string,
  ) {}

  static async open(options: PgDatabaseOptions): Promise<PgDatabase> {
    const schema = options.schema ?? 'public'
    if (!IDENTIFIER.test(schema)) {
      throw new Error(`The PostgreSQL schema name "${schema}" must be a lower-case identifier.`)
    }
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      // Every connection works in the one schema.
      options: `-c search_path=${schema}`,
      types: { getTypeParser: typeParser },
    })
    // An idle connection that breaks (the database restarted) is dropped by the pool;
    // without a listener the error would end the process.
    pool.on('error', () => {})
    const database = new PgDatabase(pool, schema)
    try {
      await database.migrate()
    } catch (error) {
      await pool.end()
      throw error
    }
    return database
  }

  async query<Row extends pg.QueryResultRow>(
    sql: string,
    values: unknown[] = [],
  ): Promise<pg.QueryResult<Row>> {
    return this.pool.query<Row>(sql, values)
  }

  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }

  /** True when a query answers now (for `/healthz`). */
  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1')
      return true
    } catch {
      return false
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end()
  }

  /**
   * H20: brings the schema up to date, each migration in a transaction with its row in
   * `schema_migrations`, under an advisory lock so processes starting together migrate
   * once. Refuses a database migrated by a newer version of the server.
   */
  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `common-ground-migrate:${this.schema}`,
      ])
      // Under the lock: two `IF NOT EXISTS` at once can still collide in PostgreSQL.
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`)
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version    INTEGER PRIMARY KEY,
           applied_at BIGINT  NOT NULL
         )`,
      )
      const { rows } = await client.query<{ version: number | null }>(
        'SELECT MAX(version) AS version FROM schema_migrations',
      )
      const version = rows[0]?.version ?? 0
      if (version > PG_MIGRATIONS.length) {
        throw new Error(
          `The PostgreSQL database is at schema version ${version}, newer than this server ` +
            `knows (${PG_MIGRATIONS.length}). Run a newer Common Ground, or restore a backup.`,
        )
      }
      for (let index = version; index < PG_MIGRATIONS.length; index++) {
        await client.query(PG_MIGRATIONS[index]!)
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
          index + 1,
          Date.now(),
        ])
      }
    })
  }
}

const INT8 = 20
const NUMERIC = 1700

function typeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === INT8 || oid === NUMERIC) return Number
  return pg.types.getTypeParser(oid, format as 'text')
}

/** The bytes as a Buffer of their own: pg may send a query later, after the caller reuses its buffer. */
export function ownBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes)
}

/** Milliseconds since the epoch on the database's clock, which every process shares. */
export const DB_NOW_MS = '(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT'
