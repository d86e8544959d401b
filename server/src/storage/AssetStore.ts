import type { BoardId } from '@common-ground/shared'

/** The files uploaded to boards (images), by board and asset id. */
export interface AssetStore {
  /** Stores or replaces an asset. */
  putAsset(boardId: BoardId, assetId: string, contentType: string, bytes: Uint8Array): Promise<void>
  getAsset(boardId: BoardId, assetId: string): Promise<StoredAsset | null>
  hasAssets(boardId: BoardId): Promise<boolean>
}

export interface StoredAsset {
  contentType: string
  bytes: Uint8Array
}
