import type { BoardId } from '@common-ground/shared'
import type { AssetStore } from './AssetStore.js'
import type { BoardRegistry } from './BoardRegistry.js'
import type { UpdateLog } from './UpdateLog.js'

/**
 * Where boards live between sessions, in three parts that code uses separately: the
 * update log with its checkpoints (rooms, export, history), the board registry (links,
 * archiving) and the asset store (uploads). The SQLite and memory stores keep all three
 * in one database; each part has its own interface so another adapter (PostgreSQL) can
 * implement them one by one, against the one contract suite.
 */
export interface BoardStore {
  readonly log: UpdateLog
  readonly boards: BoardRegistry
  readonly assets: AssetStore
  close(): Promise<void>
}

/** True once the board has stored content (an update or an asset), with or without a record. */
export async function hasStoredContent(store: BoardStore, boardId: BoardId): Promise<boolean> {
  return (await store.log.hasLog(boardId)) || (await store.assets.hasAssets(boardId))
}
