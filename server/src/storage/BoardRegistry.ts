import type { BoardId, Role, RotatableRole } from '@common-ground/shared'

/**
 * Board records: title, link token hashes, archived flag. A record is separate from the
 * board's log: a log without a record is a board nobody can open by link (see
 * `cli/adoptBoard.ts`). The registry never sees a link token, only its SHA-256 hash.
 */
export interface BoardRegistry {
  /** Stores a new board's record; throws {@link BoardExistsError} if the id is taken. */
  createBoard(board: NewBoard): Promise<void>
  getBoard(boardId: BoardId): Promise<BoardRecord | null>
  /** Replaces one role's token hash and rotation count; throws for an unknown board. */
  setTokenHash(boardId: BoardId, role: Role, hash: string, rotation: number): Promise<void>
  /** Throws for an unknown board. */
  setArchived(boardId: BoardId, archived: boolean): Promise<void>
  /** H28: renames a board (the title already checked); throws for an unknown board. */
  setTitle(boardId: BoardId, title: string): Promise<void>
  /**
   * Stores a board role's join code, replacing that board and role's earlier one. Returns
   * false, storing nothing, when the lookup key already belongs to another board or role.
   */
  putJoinCode(record: JoinCodeRecord): Promise<boolean>
  findJoinCode(lookup: string): Promise<JoinCodeRecord | null>
}

/** What the registry keeps of a join code (auth/joinCodes.ts): never the code or a token. */
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
