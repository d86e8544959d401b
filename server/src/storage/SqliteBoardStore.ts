import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { BoardStore } from './BoardStore.js'
import { SqliteAssetStore } from './sqlite/SqliteAssetStore.js'
import { SqliteBoardRegistry } from './sqlite/SqliteBoardRegistry.js'
import { SqliteUpdateLog } from './sqlite/SqliteUpdateLog.js'
import { migrate } from './sqliteMigrations.js'

/**
 * A {@link BoardStore} in one SQLite file: the log, the registry and the assets share one
 * connection. better-sqlite3 is synchronous, so each method has finished its write before
 * its promise resolves. Several stores may open the same file (H7): SQLite serialises
 * their writes, and every rule of the contract holds across them.
 *
 * Durability: WAL with `synchronous = NORMAL`. A committed transaction is in the WAL file
 * (in the OS page cache) when the call returns, so a crash or `kill -9` of this process
 * loses nothing; only a power cut or kernel crash can drop the last few commits, and even
 * then the database stays consistent. `FULL` would add an fsync per update for that case.
 */
export class SqliteBoardStore implements BoardStore {
  private readonly db: Database.Database
  readonly log: SqliteUpdateLog
  readonly boards: SqliteBoardRegistry
  readonly assets: SqliteAssetStore

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true })
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    migrate(this.db)
    this.log = new SqliteUpdateLog(this.db)
    this.boards = new SqliteBoardRegistry(this.db)
    this.assets = new SqliteAssetStore(this.db)
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}
