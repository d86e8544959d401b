import type { BoardId, CheckpointKind } from '@common-ground/shared'
import {
  AppendFeed,
  CompactionLeaseError,
  type AppendListener,
  type BoardSummary,
  type Checkpoint,
  type CheckpointInfo,
  type LogEntry,
  type NewCheckpoint,
  type StoredBoard,
  type UpdateLog,
} from '../UpdateLog.js'
import { DB_NOW_MS, ownBuffer, type PgDatabase } from './PgDatabase.js'

interface CheckpointRow {
  id: number
  kind: string
  label: string | null
  seq: number
  createdAt: number
  bytes: number
}

/**
 * An {@link UpdateLog} in PostgreSQL, shared by every process on the database (H20–H23).
 *
 * - H21: an append bumps the board's row in `board_log_heads` and inserts the entry in one
 *   statement: the row lock makes appends of one board wait for each other, whichever
 *   process sends them, so seqs are unique and increasing and a seq is visible only with
 *   its entry. Compaction never touches the head, so seqs keep growing after it.
 * - H22: the compaction lease is a row with an expiry on the database's clock, which every
 *   process shares; compaction checks it under `FOR UPDATE` in the transaction that folds.
 * - Appends through one handle are sent one board at a time, so the change feed hears
 *   them in seq order (H6) even with several connections in the pool.
 */
export class PgUpdateLog implements UpdateLog {
  private readonly feed = new AppendFeed()
  /** The last append queued per board through this handle. */
  private readonly tails = new Map<BoardId, Promise<unknown>>()

  constructor(private readonly db: PgDatabase) {}

  append(boardId: BoardId, update: Uint8Array): Promise<number> {
    const data = ownBuffer(update)
    const previous = this.tails.get(boardId) ?? Promise.resolve()
    const appended = previous.then(
      () => this.insert(boardId, data),
      () => this.insert(boardId, data),
    )
    this.tails.set(boardId, appended)
    const forget = () => {
      if (this.tails.get(boardId) === appended) this.tails.delete(boardId)
    }
    appended.then(forget, forget)
    return appended
  }

  private async insert(boardId: BoardId, data: Buffer): Promise<number> {
    const { rows } = await this.db.query<{ seq: number }>(
      `WITH head AS (
         INSERT INTO board_log_heads (board_id, last_seq) VALUES ($1, 1)
         ON CONFLICT (board_id) DO UPDATE SET last_seq = board_log_heads.last_seq + 1
         RETURNING last_seq
       )
       INSERT INTO board_updates (board_id, seq, data, created_at)
       SELECT $1, last_seq, $2, $3 FROM head
       RETURNING seq`,
      [boardId, data, Date.now()],
    )
    const seq = rows[0]?.seq
    if (seq === undefined) throw new Error('append returned no sequence number')
    this.feed.emit(boardId, { seq, update: data })
    return seq
  }

  async load(boardId: BoardId): Promise<StoredBoard> {
    const entries = await this.readSince(boardId, 0)
    return { updates: entries.map((entry) => entry.update), lastSeq: entries.at(-1)?.seq ?? 0 }
  }

  async readSince(boardId: BoardId, seq: number): Promise<LogEntry[]> {
    const { rows } = await this.db.query<{ seq: number; data: Buffer }>(
      'SELECT seq, data FROM board_updates WHERE board_id = $1 AND seq > $2 ORDER BY seq',
      [boardId, seq],
    )
    return rows.map((row) => ({ seq: row.seq, update: row.data }))
  }

  async acquireCompactionLease(boardId: BoardId, holder: string, ttlMs: number) {
    const { rowCount } = await this.db.query(
      `INSERT INTO board_compaction_leases AS lease (board_id, holder, expires_at)
       VALUES ($1, $2, ${DB_NOW_MS} + $3)
       ON CONFLICT (board_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE lease.holder = excluded.holder OR lease.expires_at <= ${DB_NOW_MS}`,
      [boardId, holder, Math.max(0, Math.round(ttlMs))],
    )
    return rowCount === 1
  }

  async releaseCompactionLease(boardId: BoardId, holder: string): Promise<void> {
    await this.db.query('DELETE FROM board_compaction_leases WHERE board_id = $1 AND holder = $2', [
      boardId,
      holder,
    ])
  }

  /** The snapshot takes the seq of the last entry it contains, so later appends follow it. */
  async compact(boardId: BoardId, snapshot: Uint8Array, throughSeq: number, holder: string) {
    const data = ownBuffer(snapshot)
    await this.db.transaction(async (client) => {
      const lease = await client.query(
        `SELECT 1 FROM board_compaction_leases
         WHERE board_id = $1 AND holder = $2 AND expires_at > ${DB_NOW_MS} FOR UPDATE`,
        [boardId, holder],
      )
      if (lease.rowCount !== 1) throw new CompactionLeaseError(boardId, holder)
      const { rows } = await client.query<{ seq: number | null }>(
        'SELECT MIN(seq) AS seq FROM board_updates WHERE board_id = $1',
        [boardId],
      )
      const first = rows[0]?.seq ?? null
      // Already folded further by someone else: a second snapshot would only add bytes.
      if (first === null || first >= throughSeq) return
      // Appends racing this only add entries after throughSeq, which stay.
      await client.query('DELETE FROM board_updates WHERE board_id = $1 AND seq <= $2', [
        boardId,
        throughSeq,
      ])
      await client.query(
        'INSERT INTO board_updates (board_id, seq, data, created_at) VALUES ($1, $2, $3, $4)',
        [boardId, throughSeq, data, Date.now()],
      )
    })
  }

  async saveCheckpoint(boardId: BoardId, checkpoint: NewCheckpoint): Promise<CheckpointInfo> {
    const createdAt = Date.now()
    const { rows } = await this.db.query<{ id: number }>(
      `INSERT INTO board_checkpoints (board_id, kind, label, seq, data, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        boardId,
        checkpoint.kind,
        checkpoint.label,
        checkpoint.seq,
        ownBuffer(checkpoint.snapshot),
        createdAt,
      ],
    )
    const id = rows[0]?.id
    if (id === undefined) throw new Error('saving a checkpoint returned no id')
    return {
      id,
      kind: checkpoint.kind,
      label: checkpoint.label,
      seq: checkpoint.seq,
      createdAt,
      bytes: checkpoint.snapshot.byteLength,
    }
  }

  async listCheckpoints(boardId: BoardId): Promise<CheckpointInfo[]> {
    const { rows } = await this.db.query<CheckpointRow>(
      `SELECT id, kind, label, seq, created_at AS "createdAt", LENGTH(data) AS bytes
       FROM board_checkpoints WHERE board_id = $1 ORDER BY id`,
      [boardId],
    )
    return rows.map(checkpointInfo)
  }

  async loadCheckpoint(boardId: BoardId, checkpointId: number): Promise<Checkpoint | null> {
    if (!Number.isSafeInteger(checkpointId)) return null
    const { rows } = await this.db.query<CheckpointRow & { data: Buffer }>(
      `SELECT id, kind, label, seq, created_at AS "createdAt", LENGTH(data) AS bytes, data
       FROM board_checkpoints WHERE board_id = $1 AND id = $2`,
      [boardId, checkpointId],
    )
    const row = rows[0]
    return row === undefined ? null : { ...checkpointInfo(row), snapshot: row.data }
  }

  async listLogs(): Promise<BoardSummary[]> {
    const { rows } = await this.db.query<{ id: string; updatedAt: number; bytes: number }>(
      `SELECT board_id AS id, MAX(created_at) AS "updatedAt", SUM(LENGTH(data)) AS bytes
       FROM board_updates GROUP BY board_id ORDER BY board_id`,
    )
    return rows.map((row) => ({ ...row, id: row.id as BoardId }))
  }

  async hasLog(boardId: BoardId): Promise<boolean> {
    const { rowCount } = await this.db.query(
      'SELECT 1 FROM board_updates WHERE board_id = $1 LIMIT 1',
      [boardId],
    )
    return rowCount === 1
  }

  onAppend(listener: AppendListener): () => void {
    return this.feed.subscribe(listener)
  }
}

function checkpointInfo(row: CheckpointRow): CheckpointInfo {
  return {
    id: row.id,
    kind: row.kind as CheckpointKind,
    label: row.label,
    seq: row.seq,
    createdAt: row.createdAt,
    bytes: row.bytes,
  }
}
