import type { BoardId } from '@common-ground/shared'
import type { SecretStore } from '../SecretStore.js'
import type { PgDatabase } from './PgDatabase.js'

/**
 * A {@link SecretStore} in the `board_secrets` table, on the board store's pool. Closing it
 * leaves the pool alone: the board store owns it and closes it.
 */
export class PgSecretStore implements SecretStore {
  constructor(private readonly db: PgDatabase) {}

  async get(boardId: BoardId, scope: string, personId: string): Promise<unknown> {
    const { rows } = await this.db.query<{ value: string }>(
      'SELECT value FROM board_secrets WHERE board_id = $1 AND scope = $2 AND person_id = $3',
      [boardId, scope, personId],
    )
    const row = rows[0]
    return row === undefined ? null : (JSON.parse(row.value) as unknown)
  }

  async put(boardId: BoardId, scope: string, personId: string, value: unknown): Promise<void> {
    await this.db.query(
      `INSERT INTO board_secrets (board_id, scope, person_id, value, updated_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (board_id, scope, person_id)
       DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [boardId, scope, personId, JSON.stringify(value), Date.now()],
    )
  }

  async list(boardId: BoardId, scope: string): Promise<Map<string, unknown>> {
    const { rows } = await this.db.query<{ person_id: string; value: string }>(
      'SELECT person_id, value FROM board_secrets WHERE board_id = $1 AND scope = $2',
      [boardId, scope],
    )
    return new Map(rows.map((row) => [row.person_id, JSON.parse(row.value) as unknown]))
  }

  async count(boardId: BoardId, scope: string): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM board_secrets WHERE board_id = $1 AND scope = $2',
      [boardId, scope],
    )
    return rows[0]?.n ?? 0
  }

  async close(): Promise<void> {}
}
