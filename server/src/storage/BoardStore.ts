import type { BoardId, Role, RotatableRole } from '@common-ground/shared'

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
 * - A board's record (title, link token hashes, archived flag) is separate from its log:
 *   a log without a record is a board nobody can open by link (see `cli/adoptBoard.ts`).
 * - The store never sees a link token, only its SHA-256 hash.
 */
export interface BoardStore {
  /** Stores a new board's record; throws if a record with that id exists. */
  createBoard(board: NewBoard): Promise<void>
  getBoard(boardId: BoardId): Promise<BoardRecord | null>
  /** Replaces one role's token hash and rotation count; throws for an unknown board. */
  setTokenHash(boardId: BoardId, role: Role, hash: string, rotation: number): Promise<void>
  /** Throws for an unknown board. */
  setArchived(boardId: BoardId, archived: boolean): Promise<void>
  load(boardId: BoardId): Promise<StoredBoard>
  append(boardId: BoardId, update: Uint8Array): Promise<number>
  compact(boardId: BoardId, snapshot: Uint8Array, throughSeq: number): Promise<void>
  listBoards(): Promise<BoardSummary[]>
  /** True once the board has stored content (an update or an asset). */
  hasBoard(boardId: BoardId): Promise<boolean>
  putAsset(boardId: BoardId, assetId: string, contentType: string, bytes: Uint8Array): Promise<void>
  getAsset(boardId: BoardId, assetId: string): Promise<StoredAsset | null>
  /**
   * Stores a board role's join code, replacing that board and role's earlier one. Returns
   * false, storing nothing, when the lookup key already belongs to another board or role.
   */
  putJoinCode(record: JoinCodeRecord): Promise<boolean>
  findJoinCode(lookup: string): Promise<JoinCodeRecord | null>
  close(): Promise<void>
}

/** What the store keeps of a join code (auth/joinCodes.ts): never the code or a token. */
export interface JoinCodeRecord {
  /** Hex key derived from the code. */
  lookup: string
  boardId: BoardId
  role: RotatableRole
  /** The role's token, sealed with a key derived from the code. */
  sealed: string
}

export interface NewBoard {
  id: BoardId
  title: string
  /** Hex SHA-256 of each role's link token. */
  tokenHashes: Record<Role, string>
  /** How often each role's link was rotated; derived tokens depend on it. */
  rotations: Record<Role, number>
}

export interface BoardRecord extends NewBoard {
  archived: boolean
  /** ms since the epoch. */
  createdAt: number
}

/** What `createBoard` throws when the id is taken. */
export class BoardExistsError extends Error {
  constructor(readonly boardId: BoardId) {
    super(`A board with id ${boardId} already exists.`)
  }
}

/** What the `set…` methods throw for a board without a record. */
export class UnknownBoardError extends Error {
  constructor(readonly boardId: BoardId) {
    super(`There is no board with id ${boardId}.`)
  }
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
