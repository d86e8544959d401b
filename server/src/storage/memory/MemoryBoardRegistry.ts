import type { BoardId, Role } from '@common-ground/shared'
import {
  BoardExistsError,
  UnknownBoardError,
  type BoardRecord,
  type BoardRegistry,
  type JoinCodeRecord,
  type NewBoard,
} from '../BoardRegistry.js'
import type { MemoryStorage } from './MemoryStorage.js'

/** A {@link BoardRegistry} in memory. Hands out copies, never its own records. */
export class MemoryBoardRegistry implements BoardRegistry {
  constructor(private readonly storage: MemoryStorage) {}

  async createBoard(board: NewBoard): Promise<void> {
    if (this.storage.records.has(board.id)) throw new BoardExistsError(board.id)
    this.storage.records.set(
      board.id,
      copyRecord({ ...board, archived: false, createdAt: Date.now() }),
    )
  }

  async getBoard(boardId: BoardId): Promise<BoardRecord | null> {
    const record = this.storage.records.get(boardId)
    return record === undefined ? null : copyRecord(record)
  }

  async setTokenHash(boardId: BoardId, role: Role, hash: string, rotation: number) {
    const record = this.record(boardId)
    record.tokenHashes[role] = hash
    record.rotations[role] = rotation
  }

  async setArchived(boardId: BoardId, archived: boolean): Promise<void> {
    this.record(boardId).archived = archived
  }

  async setTitle(boardId: BoardId, title: string): Promise<void> {
    this.record(boardId).title = title
  }

  async putJoinCode(record: JoinCodeRecord): Promise<boolean> {
    const codes = this.storage.joinCodes
    const taken = codes.get(record.lookup)
    if (taken !== undefined && (taken.boardId !== record.boardId || taken.role !== record.role)) {
      return false
    }
    for (const [lookup, held] of codes) {
      if (held.boardId === record.boardId && held.role === record.role) codes.delete(lookup)
    }
    codes.set(record.lookup, { ...record })
    return true
  }

  async findJoinCode(lookup: string): Promise<JoinCodeRecord | null> {
    const record = this.storage.joinCodes.get(lookup)
    return record === undefined ? null : { ...record }
  }

  private record(boardId: BoardId): BoardRecord {
    const record = this.storage.records.get(boardId)
    if (record === undefined) throw new UnknownBoardError(boardId)
    return record
  }
}

function copyRecord(record: BoardRecord): BoardRecord {
  return { ...record, tokenHashes: { ...record.tokenHashes }, rotations: { ...record.rotations } }
}
