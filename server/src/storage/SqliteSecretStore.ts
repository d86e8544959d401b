import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { BoardId } from '@common-ground/shared'
import type { SecretStore } from './SecretStore.js'
import { migrate } from './sqliteMigrations.js'

interface SecretRow {
  person_id: string
  value: string
}

/**
 * A {@link SecretStore} in the server's SQLite file (table `board_secrets`), on a
 * connection of its own: WAL lets it write beside the board store's connection.
 */
export class SqliteSecretStore implements SecretStore {
  private readonly db: Database.Database
  private readonly statements

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true })
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    migrate(this.db)
    this.statements = {
      get: this.db.prepare<[string, string, string], { value: string }>(
        'SELECT value FROM board_secrets WHERE board_id = ? AND scope = ? AND person_id = ?',
      ),
      put: this.db.prepare<[string, string, string, string, number]>(
        `INSERT INTO board_secrets (board_id, scope, person_id, value, updated_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (board_id, scope, person_id)
         DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ),
      list: this.db.prepare<[string, string], SecretRow>(
        'SELECT person_id, value FROM board_secrets WHERE board_id = ? AND scope = ?',
      ),
      count: this.db.prepare<[string, string], { n: number }>(
        'SELECT COUNT(*) AS n FROM board_secrets WHERE board_id = ? AND scope = ?',
      ),
    }
  }

  async get(boardId: BoardId, scope: string, personId: string): Promise<unknown> {
    const row = this.statements.get.get(boardId, scope, personId)
    return row === undefined ? null : (JSON.parse(row.value) as unknown)
  }

  async put(boardId: BoardId, scope: string, personId: string, value: unknown): Promise<void> {
    this.statements.put.run(boardId, scope, personId, JSON.stringify(value), Date.now())
  }

  async list(boardId: BoardId, scope: string): Promise<Map<string, unknown>> {
    const rows = this.statements.list.all(boardId, scope)
    return new Map(rows.map((row) => [row.person_id, JSON.parse(row.value) as unknown]))
  }

  async count(boardId: BoardId, scope: string): Promise<number> {
    return this.statements.count.get(boardId, scope)?.n ?? 0
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}
