import type Database from 'better-sqlite3'
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
  type BoardRegistry,
  type JoinCodeRecord,
  type NewBoard,
} from '../BoardRegistry.js'

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

/** A {@link BoardRegistry} in the `boards` table of an open, migrated database. */
export class SqliteBoardRegistry implements BoardRegistry {
  private readonly statements

  constructor(db: Database.Database) {
    this.statements = {
      create: db.prepare<[BoardRow]>(
        `INSERT INTO boards (id, title, archived, created_at,
           facilitator_hash, participant_hash, observer_hash,
           facilitator_rotation, participant_rotation, observer_rotation)
         VALUES (@id, @title, @archived, @created_at,
           @facilitator_hash, @participant_hash, @observer_hash,
           @facilitator_rotation, @participant_rotation, @observer_rotation)`,
      ),
      get: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      // Column names come from the fixed list of roles, never from input.
      setTokenHash: Object.fromEntries(
        ROLES.map((role) => [
          role,
          db.prepare<[string, number, string]>(
            `UPDATE boards SET ${role}_hash = ?, ${role}_rotation = ? WHERE id = ?`,
          ),
        ]),
      ) as Record<Role, Database.Statement<[string, number, string]>>,
      setArchived: db.prepare<[number, string]>('UPDATE boards SET archived = ? WHERE id = ?'),
      setTitle: db.prepare<[string, string]>('UPDATE boards SET title = ? WHERE id = ?'),
      findJoinCode: db.prepare<[string], JoinCodeRow>('SELECT * FROM join_codes WHERE lookup = ?'),
      deleteJoinCode: db.prepare<[string, string]>(
        'DELETE FROM join_codes WHERE board_id = ? AND role = ?',
      ),
      insertJoinCode: db.prepare<[JoinCodeRow]>(
        `INSERT INTO join_codes (lookup, board_id, role, sealed)
         VALUES (@lookup, @board_id, @role, @sealed)`,
      ),
    }
    this.db = db
  }

  private readonly db: Database.Database

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

  async createBoard(board: NewBoard): Promise<void> {
    try {
      this.statements.create.run({
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
    const row = this.statements.get.get(boardId)
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

  async setTitle(boardId: BoardId, title: string): Promise<void> {
    const { changes } = this.statements.setTitle.run(title, boardId)
    if (changes === 0) throw new UnknownBoardError(boardId)
  }
}
