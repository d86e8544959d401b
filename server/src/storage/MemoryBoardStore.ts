import type { BoardId } from '@common-ground/shared'
import type { BoardStore, BoardSummary, StoredAsset, StoredBoard } from './BoardStore.js'

interface MemoryBoard {
  entries: { seq: number; update: Uint8Array }[]
  nextSeq: number
  updatedAt: number
}

/** A {@link BoardStore} in a Map, for tests and throwaway servers. Copies every buffer. */
export class MemoryBoardStore implements BoardStore {
  private readonly boards = new Map<BoardId, MemoryBoard>()
  private readonly assets = new Map<string, StoredAsset>()

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

  async close(): Promise<void> {}

  private board(boardId: BoardId): MemoryBoard {
    let board = this.boards.get(boardId)
    if (board === undefined) {
      board = { entries: [], nextSeq: 1, updatedAt: Date.now() }
      this.boards.set(boardId, board)
    }
    return board
  }
}
