import type { BoardId } from '@common-ground/shared'
import type { AssetStore, StoredAsset } from '../AssetStore.js'
import type { MemoryStorage } from './MemoryStorage.js'

/** An {@link AssetStore} in memory. Copies every buffer. */
export class MemoryAssetStore implements AssetStore {
  constructor(private readonly storage: MemoryStorage) {}

  async putAsset(boardId: BoardId, assetId: string, contentType: string, bytes: Uint8Array) {
    this.storage.assets.set(`${boardId}/${assetId}`, { contentType, bytes: bytes.slice() })
  }

  async getAsset(boardId: BoardId, assetId: string): Promise<StoredAsset | null> {
    const asset = this.storage.assets.get(`${boardId}/${assetId}`)
    return asset === undefined
      ? null
      : { contentType: asset.contentType, bytes: asset.bytes.slice() }
  }

  async hasAssets(boardId: BoardId): Promise<boolean> {
    return [...this.storage.assets.keys()].some((key) => key.startsWith(`${boardId}/`))
  }
}
