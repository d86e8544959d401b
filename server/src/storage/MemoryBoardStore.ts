import type { BoardId, Role } from '@common-ground/shared'
import {
  BoardExistsError,
  UnknownBoardError,
  type BoardRecord,
  type BoardStore,
  type BoardSummary,
  type JoinCodeRecord,
  type NewBoard,
  type StoredAsset,
  type StoredBoard,
} from './BoardStore.js'

interface MemoryBoard {
  entries: { seq: number; update: Uint8Array }[]
  nextSeq: number
  updatedAt: number
}

/** A {@link BoardStore} in a Map, for tests and throwaway servers. Copies every buffer. */
export class MemoryBoardStore implements BoardStore {
  private readonly boards = new Map<BoardId, MemoryBoard>()
  private readonly assets = new Map<string, StoredAsset>()
  private readonly records = new Map<BoardId, BoardRecord>()
  private readonly joinCodes = new Map<string, JoinCodeRecord>()

  async createBoard(board: NewBoard): Promise<void> {
    if (this.records.has(board.id)) throw new BoardExistsError(board.id)
    this.records.set(board.id, copyRecord({ ...board, archived: false, createdAt: Date.now() }))
  }

  async getBoard(boardId: BoardId): Promise<BoardRecord | null> {
    const record = this.records.get(boardId)
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

  async load(boardId: BoardId): Promise<StoredBoard> {
    const board = this.boards.get(boardId)
    if (board === undefined) return { updates: [], lastSeq: 0 }
    return {
      updates: board.entries.map((entry) => entry.update.slice()),
      lastSeq: board.entries.at(-1)?.seq ?? board.nextSeq - 1,
    }
  }

  async append(boardId: BoardId, update: Uint8Array): Promise<number> {
    const board = this.board(boardId)
    const seq = board.nextSeq++
    board.entries.push({ seq, update: update.slice() })
    board.updatedAt = Date.now()
    return seq
  }

  async compact(boardId: BoardId, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const board = this.board(boardId)
    const later = board.entries.filter((entry) => entry.seq > throughSeq)
    board.entries = [{ seq: throughSeq, update: snapshot.slice() }, ...later]
    board.nextSeq = Math.max(board.nextSeq, throughSeq + 1)
    board.updatedAt = Date.now()
  }

  async listBoards(): Promise<BoardSummary[]> {
    return [...this.boards].map(([id, board]) => ({
      id,
      updatedAt: board.updatedAt,
      bytes: board.entries.reduce((sum, entry) => sum + entry.update.byteLength, 0),
    }))
  }

  async hasBoard(boardId: BoardId): Promise<boolean> {
    if (this.boards.has(boardId)) return true
    return [...this.assets.keys()].some((key) => key.startsWith(`${boardId}/`))
  }

  async putAsset(boardId: BoardId, assetId: string, contentType: string, bytes: Uint8Array) {
    this.assets.set(`${boardId}/${assetId}`, { contentType, bytes: bytes.slice() })
  }

  async getAsset(boardId: BoardId, assetId: string): Promise<StoredAsset | null> {
    const asset = this.assets.get(`${boardId}/${assetId}`)
    return asset === undefined
      ? null
      : { contentType: asset.contentType, bytes: asset.bytes.slice() }
  }

  async putJoinCode(record: JoinCodeRecord): Promise<boolean> {
    const taken = this.joinCodes.get(record.lookup)
    if (taken !== undefined && (taken.boardId !== record.boardId || taken.role !== record.role)) {
      return false
    }
    for (const [lookup, held] of this.joinCodes) {
      if (held.boardId === record.boardId && held.role === record.role)
        this.joinCodes.delete(lookup)
    }
    this.joinCodes.set(record.lookup, { ...record })
    return true
  }

  async findJoinCode(lookup: string): Promise<JoinCodeRecord | null> {
    const record = this.joinCodes.get(lookup)
    return record === undefined ? null : { ...record }
  }

  async close(): Promise<void> {}

  private record(boardId: BoardId): BoardRecord {
    const record = this.records.get(boardId)
    if (record === undefined) throw new UnknownBoardError(boardId)
    return record
  }

  private board(boardId: BoardId): MemoryBoard {
    let board = this.boards.get(boardId)
    if (board === undefined) {
      board = { entries: [], nextSeq: 1, updatedAt: Date.now() }
      this.boards.set(boardId, board)
    }
    return board
  }
}

function copyRecord(record: BoardRecord): BoardRecord {
  return { ...record, tokenHashes: { ...record.tokenHashes }, rotations: { ...record.rotations } }
}
