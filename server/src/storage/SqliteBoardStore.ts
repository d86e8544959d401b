import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import {
  ROLES,
  ROTATABLE_ROLES,
  type BoardId,
  type Role,
  type RotatableRole,
} from '@common-ground/shared'
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
import { migrate } from './sqliteMigrations.js'

interface BoardRow {
  id: string
  title: string
  archived: number
  created_at: number
  facilitator_hash: string
  participant_hash: string
  observer_hash: string
  facilitator_rotation: number
  participant_rotation: number
  observer_rotation: number
}

interface JoinCodeRow {
  lookup: string
  board_id: string
  role: string
  sealed: string
}

function isRotatableRole(role: string): role is RotatableRole {
  return (ROTATABLE_ROLES as readonly string[]).includes(role)
}

/**
 * A {@link BoardStore} in one SQLite file. better-sqlite3 is synchronous, so each method
 * has finished its write before its promise resolves.
 *
 * Durability: WAL with `synchronous = NORMAL`. A committed transaction is in the WAL file
 * (in the OS page cache) when the call returns, so a crash or `kill -9` of this process
 * loses nothing; only a power cut or kernel crash can drop the last few commits, and even
 * then the database stays consistent. `FULL` would add an fsync per update for that case.
 */
export class SqliteBoardStore implements BoardStore {
  private readonly db: Database.Database
  private readonly statements

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true })
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    migrate(this.db)
    this.statements = {
      createBoard: this.db.prepare<[BoardRow]>(
        `INSERT INTO boards (id, title, archived, created_at,
           facilitator_hash, participant_hash, observer_hash,
           facilitator_rotation, participant_rotation, observer_rotation)
         VALUES (@id, @title, @archived, @created_at,
           @facilitator_hash, @participant_hash, @observer_hash,
           @facilitator_rotation, @participant_rotation, @observer_rotation)`,
      ),
      getBoard: this.db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      // Column names come from the fixed list of roles, never from input.
      setTokenHash: Object.fromEntries(
        ROLES.map((role) => [
          role,
          this.db.prepare<[string, number, string]>(
            `UPDATE boards SET ${role}_hash = ?, ${role}_rotation = ? WHERE id = ?`,
          ),
        ]),
      ) as Record<Role, Database.Statement<[string, number, string]>>,
      setArchived: this.db.prepare<[number, string]>('UPDATE boards SET archived = ? WHERE id = ?'),
      load: this.db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM board_updates WHERE board_id = ? ORDER BY seq',
      ),
      append: this.db.prepare<[string, Buffer, number, string], { seq: number }>(
        `INSERT INTO board_updates (board_id, seq, data, created_at)
         SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM board_updates WHERE board_id = ?
         RETURNING seq`,
      ),
      deleteThrough: this.db.prepare<[string, number]>(
        'DELETE FROM board_updates WHERE board_id = ? AND seq <= ?',
      ),
      insert: this.db.prepare<[string, number, Buffer, number]>(
        'INSERT INTO board_updates (board_id, seq, data, created_at) VALUES (?, ?, ?, ?)',
      ),
      list: this.db.prepare<[], { id: string; updatedAt: number; bytes: number }>(
        `SELECT board_id AS id, MAX(created_at) AS updatedAt, SUM(LENGTH(data)) AS bytes
         FROM board_updates GROUP BY board_id ORDER BY board_id`,
      ),
      hasUpdates: this.db.prepare<[string], { found: number }>(
        'SELECT 1 AS found FROM board_updates WHERE board_id = ? LIMIT 1',
      ),
      hasAssets: this.db.prepare<[string], { found: number }>(
        'SELECT 1 AS found FROM board_assets WHERE board_id = ? LIMIT 1',
      ),
      putAsset: this.db.prepare<[string, string, string, Buffer, number]>(
        `INSERT OR REPLACE INTO board_assets (board_id, asset_id, content_type, data, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      ),
      getAsset: this.db.prepare<[string, string], { contentType: string; data: Buffer }>(
        'SELECT content_type AS contentType, data FROM board_assets WHERE board_id = ? AND asset_id = ?',
      ),
      findJoinCode: this.db.prepare<[string], JoinCodeRow>(
        'SELECT * FROM join_codes WHERE lookup = ?',
      ),
      deleteJoinCode: this.db.prepare<[string, string]>(
        'DELETE FROM join_codes WHERE board_id = ? AND role = ?',
      ),
      insertJoinCode: this.db.prepare<[JoinCodeRow]>(
        `INSERT INTO join_codes (lookup, board_id, role, sealed)
         VALUES (@lookup, @board_id, @role, @sealed)`,
      ),
    }
  }

  async createBoard(board: NewBoard): Promise<void> {
    try {
      this.statements.createBoard.run({
        id: board.id,
        title: board.title,
        archived: 0,
        created_at: Date.now(),
        facilitator_hash: board.tokenHashes.facilitator,
        participant_hash: board.tokenHashes.participant,
        observer_hash: board.tokenHashes.observer,
        facilitator_rotation: board.rotations.facilitator,
        participant_rotation: board.rotations.participant,
        observer_rotation: board.rotations.observer,
      })
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new BoardExistsError(board.id)
      }
      throw error
    }
  }

  async getBoard(boardId: BoardId): Promise<BoardRecord | null> {
    const row = this.statements.getBoard.get(boardId)
    if (row === undefined) return null
    return {
      id: row.id as BoardId,
      title: row.title,
      archived: row.archived !== 0,
      createdAt: row.created_at,
      tokenHashes: {
        facilitator: row.facilitator_hash,
        participant: row.participant_hash,
        observer: row.observer_hash,
      },
      rotations: {
        facilitator: row.facilitator_rotation,
        participant: row.participant_rotation,
        observer: row.observer_rotation,
      },
    }
  }

  async setTokenHash(boardId: BoardId, role: Role, hash: string, rotation: number) {
    const { changes } = this.statements.setTokenHash[role].run(hash, rotation, boardId)
    if (changes === 0) throw new UnknownBoardError(boardId)
  }

  async setArchived(boardId: BoardId, archived: boolean): Promise<void> {
    const { changes } = this.statements.setArchived.run(archived ? 1 : 0, boardId)
    if (changes === 0) throw new UnknownBoardError(boardId)
  }

  async load(boardId: BoardId): Promise<StoredBoard> {
    const rows = this.statements.load.all(boardId)
    return { updates: rows.map((row) => row.data), lastSeq: rows.at(-1)?.seq ?? 0 }
  }

  async append(boardId: BoardId, update: Uint8Array): Promise<number> {
    // `.all()`, not `.get()`: `.get()` resets the statement after its first row, so SQLite
    // never sees it finish, and it runs the WAL auto-checkpoint only when a statement
    // finishes. With `.get()` the WAL grew by every append forever (894 MiB after 100,000).
    const [row] = this.statements.append.all(boardId, asBuffer(update), Date.now(), boardId)
    if (row === undefined) throw new Error('append returned no sequence number')
    return row.seq
  }

  /** The snapshot takes the seq of the last update it contains, so later appends follow it. */
  async compact(boardId: BoardId, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.deleteThrough.run(boardId, throughSeq)
      this.statements.insert.run(boardId, throughSeq, asBuffer(snapshot), Date.now())
    })()
  }

  async listBoards(): Promise<BoardSummary[]> {
    return this.statements.list.all().map((row) => ({ ...row, id: row.id as BoardId }))
  }

  async hasBoard(boardId: BoardId): Promise<boolean> {
    return (
      this.statements.hasUpdates.get(boardId) !== undefined ||
      this.statements.hasAssets.get(boardId) !== undefined
    )
  }

  async putAsset(boardId: BoardId, assetId: string, contentType: string, bytes: Uint8Array) {
    this.statements.putAsset.run(boardId, assetId, contentType, asBuffer(bytes), Date.now())
  }

  async getAsset(boardId: BoardId, assetId: string): Promise<StoredAsset | null> {
    const row = this.statements.getAsset.get(boardId, assetId)
    return row === undefined ? null : { contentType: row.contentType, bytes: row.data }
  }

  async putJoinCode(record: JoinCodeRecord): Promise<boolean> {
    return this.db.transaction(() => {
      const taken = this.statements.findJoinCode.get(record.lookup)
      if (
        taken !== undefined &&
        (taken.board_id !== record.boardId || taken.role !== record.role)
      ) {
        return false
      }
      this.statements.deleteJoinCode.run(record.boardId, record.role)
      this.statements.insertJoinCode.run({
        lookup: record.lookup,
        board_id: record.boardId,
        role: record.role,
        sealed: record.sealed,
      })
      return true
    })()
  }

  async findJoinCode(lookup: string): Promise<JoinCodeRecord | null> {
    const row = this.statements.findJoinCode.get(lookup)
    if (row === undefined || !isRotatableRole(row.role)) return null
    return {
      lookup: row.lookup,
      boardId: row.board_id as BoardId,
      role: row.role,
      sealed: row.sealed,
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
