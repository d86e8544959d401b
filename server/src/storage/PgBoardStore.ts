import type { BoardStore } from './BoardStore.js'
import { PgAssetStore } from './postgres/PgAssetStore.js'
import { PgBoardRegistry } from './postgres/PgBoardRegistry.js'
import { PgDatabase, type PgDatabaseOptions } from './postgres/PgDatabase.js'
import { PgSecretStore } from './postgres/PgSecretStore.js'
import { PgUpdateLog } from './postgres/PgUpdateLog.js'

/**
 * A {@link BoardStore} in PostgreSQL: the store for several server processes serving the
 * same boards (README "Several processes"). The log, the registry, the assets and the
 * secrets share one pool; every process opens its own store on the same database.
 *
 * Durability: a promise resolves once PostgreSQL has committed (with the default
 * `synchronous_commit = on`, flushed to its WAL), so an acknowledged update survives
 * `kill -9` of any server process and a crash of the database server.
 */
export class PgBoardStore implements BoardStore {
  readonly log: PgUpdateLog
  readonly boards: PgBoardRegistry
  readonly assets: PgAssetStore
  readonly secrets: PgSecretStore

  private constructor(readonly db: PgDatabase) {
    this.log = new PgUpdateLog(db)
    this.boards = new PgBoardRegistry(db)
    this.assets = new PgAssetStore(db)
    this.secrets = new PgSecretStore(db)
  }

  /** Connects and migrates; throws with PostgreSQL's reason if it cannot. */
  static async open(options: PgDatabaseOptions): Promise<PgBoardStore> {
    return new PgBoardStore(await PgDatabase.open(options))
  }

  async close(): Promise<void> {
    await this.db.close()
  }
}
