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
import type { PgDatabase } from './PgDatabase.js'

interface BoardRow {
  id: string
  title: string
  archived: boolean
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

const UNIQUE_VIOLATION = '23505'

function isRotatableRole(role: string): role is RotatableRole {
  return (ROTATABLE_ROLES as readonly string[]).includes(role)
}

/** A {@link BoardRegistry} in the `boards` table. */
export class PgBoardRegistry implements BoardRegistry {
  constructor(private readonly db: PgDatabase) {}

  async createBoard(board: NewBoard): Promise<void> {
    try {
      await this.db.query(
        `INSERT INTO boards (id, title, archived, created_at,
           facilitator_hash, participant_hash, observer_hash,
           facilitator_rotation, participant_rotation, observer_rotation)
         VALUES ($1, $2, FALSE, $3, $4, $5, $6, $7, $8, $9)`,
        [
          board.id,
          board.title,
          Date.now(),
          board.tokenHashes.facilitator,
          board.tokenHashes.participant,
          board.tokenHashes.observer,
          board.rotations.facilitator,
          board.rotations.participant,
          board.rotations.observer,
        ],
      )
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new BoardExistsError(board.id)
      }
      throw error
    }
  }

  async getBoard(boardId: BoardId): Promise<BoardRecord | null> {
    const { rows } = await this.db.query<BoardRow>('SELECT * FROM boards WHERE id = $1', [boardId])
    const row = rows[0]
    if (row === undefined) return null
    return {
      id: row.id as BoardId,
      title: row.title,
      archived: row.archived,
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
    // Column names come from the fixed list of roles, never from input.
    if (!ROLES.includes(role)) throw new Error(`unknown role ${String(role)}`)
    const { rowCount } = await this.db.query(
      `UPDATE boards SET ${role}_hash = $1, ${role}_rotation = $2 WHERE id = $3`,
      [hash, rotation, boardId],
    )
    if (rowCount === 0) throw new UnknownBoardError(boardId)
  }

  async setArchived(boardId: BoardId, archived: boolean): Promise<void> {
    const { rowCount } = await this.db.query('UPDATE boards SET archived = $1 WHERE id = $2', [
      archived,
      boardId,
    ])
    if (rowCount === 0) throw new UnknownBoardError(boardId)
  }

  async setTitle(boardId: BoardId, title: string): Promise<void> {
    const { rowCount } = await this.db.query('UPDATE boards SET title = $1 WHERE id = $2', [
      title,
      boardId,
    ])
    if (rowCount === 0) throw new UnknownBoardError(boardId)
  }

  async putJoinCode(record: JoinCodeRecord): Promise<boolean> {
    return this.db
      .transaction(async (client) => {
        // The board and role's earlier code goes; a key another board or role holds stays.
        await client.query('DELETE FROM join_codes WHERE board_id = $1 AND role = $2', [
          record.boardId,
          record.role,
        ])
        const { rowCount } = await client.query(
          `INSERT INTO join_codes (lookup, board_id, role, sealed) VALUES ($1, $2, $3, $4)
         ON CONFLICT (lookup) DO NOTHING`,
          [record.lookup, record.boardId, record.role, record.sealed],
        )
        if (rowCount === 0) throw new JoinCodeTaken()
        return true
      })
      .catch((error: unknown) => {
        if (error instanceof JoinCodeTaken) return false
        throw error
      })
  }

  async findJoinCode(lookup: string): Promise<JoinCodeRecord | null> {
    const { rows } = await this.db.query<JoinCodeRow>(
      'SELECT * FROM join_codes WHERE lookup = $1',
      [lookup],
    )
    const row = rows[0]
    if (row === undefined || !isRotatableRole(row.role)) return null
    return {
      lookup: row.lookup,
      boardId: row.board_id as BoardId,
      role: row.role,
      sealed: row.sealed,
    }
  }
}

/** Rolls back a join code's transaction when its key belongs to another board or role. */
class JoinCodeTaken extends Error {}
