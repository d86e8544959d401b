import type { BoardStore } from './BoardStore.js'
import { MemoryAssetStore } from './memory/MemoryAssetStore.js'
import { MemoryBoardRegistry } from './memory/MemoryBoardRegistry.js'
import { MemoryStorage } from './memory/MemoryStorage.js'
import { MemoryUpdateLog } from './memory/MemoryUpdateLog.js'

/**
 * A {@link BoardStore} in memory, for tests and throwaway servers. Stores built on one
 * {@link MemoryStorage} see each other's writes, like handles on one database.
 */
export class MemoryBoardStore implements BoardStore {
  readonly log: MemoryUpdateLog
  readonly boards: MemoryBoardRegistry
  readonly assets: MemoryAssetStore

  constructor(
    readonly storage: MemoryStorage = new MemoryStorage(),
    log?: MemoryUpdateLog,
  ) {
    this.log = log ?? new MemoryUpdateLog(storage)
    this.boards = new MemoryBoardRegistry(storage)
    this.assets = new MemoryAssetStore(storage)
  }

  async close(): Promise<void> {}
}
