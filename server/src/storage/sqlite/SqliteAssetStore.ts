import type Database from 'better-sqlite3'
import type { BoardId } from '@common-ground/shared'
import type { AssetStore, StoredAsset } from '../AssetStore.js'
import { asBuffer } from './asBuffer.js'

/** An {@link AssetStore} in the `board_assets` table of an open, migrated database. */
export class SqliteAssetStore implements AssetStore {
  private readonly statements

  constructor(db: Database.Database) {
    this.statements = {
      put: db.prepare<[string, string, string, Buffer, number]>(
        `INSERT OR REPLACE INTO board_assets (board_id, asset_id, content_type, data, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      ),
      get: db.prepare<[string, string], { contentType: string; data: Buffer }>(
        'SELECT content_type AS contentType, data FROM board_assets WHERE board_id = ? AND asset_id = ?',
      ),
      has: db.prepare<[string], { found: number }>(
        'SELECT 1 AS found FROM board_assets WHERE board_id = ? LIMIT 1',
      ),
    }
  }

  async putAsset(boardId: BoardId, assetId: string, contentType: string, bytes: Uint8Array) {
    this.statements.put.run(boardId, assetId, contentType, asBuffer(bytes), Date.now())
  }

  async getAsset(boardId: BoardId, assetId: string): Promise<StoredAsset | null> {
    const row = this.statements.get.get(boardId, assetId)
    return row === undefined ? null : { contentType: row.contentType, bytes: row.data }
  }

  async hasAssets(boardId: BoardId): Promise<boolean> {
    return this.statements.has.get(boardId) !== undefined
  }
}
