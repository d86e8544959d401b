import type { BoardId } from '@common-ground/shared'
import type { AssetStore, StoredAsset } from '../AssetStore.js'
import { ownBuffer, type PgDatabase } from './PgDatabase.js'

/** An {@link AssetStore} in the `board_assets` table. */
export class PgAssetStore implements AssetStore {
  constructor(private readonly db: PgDatabase) {}

  async putAsset(boardId: BoardId, assetId: string, contentType: string, bytes: Uint8Array) {
    await this.db.query(
      `INSERT INTO board_assets (board_id, asset_id, content_type, data, created_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (board_id, asset_id)
       DO UPDATE SET content_type = excluded.content_type, data = excluded.data,
                     created_at = excluded.created_at`,
      [boardId, assetId, contentType, ownBuffer(bytes), Date.now()],
    )
  }

  async getAsset(boardId: BoardId, assetId: string): Promise<StoredAsset | null> {
    const { rows } = await this.db.query<{ contentType: string; data: Buffer }>(
      `SELECT content_type AS "contentType", data FROM board_assets
       WHERE board_id = $1 AND asset_id = $2`,
      [boardId, assetId],
    )
    const row = rows[0]
    return row === undefined ? null : { contentType: row.contentType, bytes: row.data }
  }

  async hasAssets(boardId: BoardId): Promise<boolean> {
    const { rowCount } = await this.db.query(
      'SELECT 1 FROM board_assets WHERE board_id = $1 LIMIT 1',
      [boardId],
    )
    return rowCount === 1
  }
}
