import type { BoardId } from '@common-ground/shared'

/**
 * Where boards live between sessions. A board is an append-only log of Yjs updates,
 * periodically replaced by one snapshot (compaction), plus the asset blobs uploaded to it.
 *
 * Invariants every adapter keeps (checked by `boardStoreContract.testkit.ts`):
 * - `append` returns a sequence number greater than every earlier one of that board.
 * - `load` returns the board's entries in sequence order; applying them in that order to
 *   an empty Y.Doc rebuilds the board.
 * - `compact(board, snapshot, n)` atomically replaces every entry with seq <= n by the
 *   snapshot; entries after n are kept and still load after it.
 * - Once a returned promise resolves, the write survives a crash of this process.
 */
export interface BoardStore {
  load(boardId: BoardId): Promise<StoredBoard>
  append(boardId: BoardId, update: Uint8Array): Promise<number>
  compact(boardId: BoardId, snapshot: Uint8Array, throughSeq: number): Promise<void>
  listBoards(): Promise<BoardSummary[]>
  /** True once the board has stored content (an update or an asset). */
  hasBoard(boardId: BoardId): Promise<boolean>
  putAsset(boardId: BoardId, assetId: string, contentType: string, bytes: Uint8Array): Promise<void>
  getAsset(boardId: BoardId, assetId: string): Promise<StoredAsset | null>
  close(): Promise<void>
}

export interface StoredBoard {
  /** Yjs updates (the first may be a compacted snapshot), oldest first. */
  updates: Uint8Array[]
  /** Sequence number of the last entry, or 0 for a board with none. */
  lastSeq: number
}

export interface BoardSummary {
  id: BoardId
  /** Time of the last append or compaction, in ms since the epoch. */
  updatedAt: number
  /** Bytes of the board's update log (assets not included). */
  bytes: number
}

export interface StoredAsset {
  contentType: string
  bytes: Uint8Array
}
