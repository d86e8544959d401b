import type Database from 'better-sqlite3'
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
import { asBuffer } from './asBuffer.js'

interface CheckpointRow {
  id: number
  kind: string
  label: string | null
  seq: number
  createdAt: number
  bytes: number
}

/**
 * An {@link UpdateLog} in the `board_updates`, `board_checkpoints` and
 * `board_compaction_leases` tables of an open, migrated database. Sequence numbers come
 * from the table itself (`MAX(seq) + 1` inside the insert), and SQLite runs one write at a
 * time per file, so several handles, in one process or several, never hand out the same
 * seq (H1).
 */
export class SqliteUpdateLog implements UpdateLog {
  private readonly statements
  private readonly feed = new AppendFeed()
  private readonly compactTransaction
  private readonly acquireTransaction

  constructor(private readonly db: Database.Database) {
    this.statements = {
      load: db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM board_updates WHERE board_id = ? AND seq > ? ORDER BY seq',
      ),
      append: db.prepare<[string, Buffer, number, string], { seq: number }>(
        `INSERT INTO board_updates (board_id, seq, data, created_at)
         SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM board_updates WHERE board_id = ?
         RETURNING seq`,
      ),
      firstSeq: db.prepare<[string], { seq: number | null }>(
        'SELECT MIN(seq) AS seq FROM board_updates WHERE board_id = ?',
      ),
      deleteThrough: db.prepare<[string, number]>(
        'DELETE FROM board_updates WHERE board_id = ? AND seq <= ?',
      ),
      insert: db.prepare<[string, number, Buffer, number]>(
        'INSERT INTO board_updates (board_id, seq, data, created_at) VALUES (?, ?, ?, ?)',
      ),
      list: db.prepare<[], { id: string; updatedAt: number; bytes: number }>(
        `SELECT board_id AS id, MAX(created_at) AS updatedAt, SUM(LENGTH(data)) AS bytes
         FROM board_updates GROUP BY board_id ORDER BY board_id`,
      ),
      has: db.prepare<[string], { found: number }>(
        'SELECT 1 AS found FROM board_updates WHERE board_id = ? LIMIT 1',
      ),
      lease: db.prepare<[string], { holder: string; expiresAt: number }>(
        'SELECT holder, expires_at AS expiresAt FROM board_compaction_leases WHERE board_id = ?',
      ),
      setLease: db.prepare<[string, string, number]>(
        `INSERT INTO board_compaction_leases (board_id, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (board_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at`,
      ),
      releaseLease: db.prepare<[string, string]>(
        'DELETE FROM board_compaction_leases WHERE board_id = ? AND holder = ?',
      ),
      saveCheckpoint: db.prepare<
        [string, string, string | null, number, Buffer, number],
        { id: number }
      >(
        `INSERT INTO board_checkpoints (board_id, kind, label, seq, data, created_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      listCheckpoints: db.prepare<[string], CheckpointRow>(
        `SELECT id, kind, label, seq, created_at AS createdAt, LENGTH(data) AS bytes
         FROM board_checkpoints WHERE board_id = ? ORDER BY id`,
      ),
      loadCheckpoint: db.prepare<[string, number], CheckpointRow & { data: Buffer }>(
        `SELECT id, kind, label, seq, created_at AS createdAt, LENGTH(data) AS bytes, data
         FROM board_checkpoints WHERE board_id = ? AND id = ?`,
      ),
    }
    this.compactTransaction = db.transaction(
      (boardId: BoardId, snapshot: Uint8Array, throughSeq: number, holder: string) => {
        if (!this.holds(boardId, holder)) throw new CompactionLeaseError(boardId, holder)
        // Already folded further by someone else: a second snapshot would only add bytes.
        const first = this.statements.firstSeq.get(boardId)?.seq ?? null
        if (first === null || first >= throughSeq) return
        this.statements.deleteThrough.run(boardId, throughSeq)
        this.statements.insert.run(boardId, throughSeq, asBuffer(snapshot), Date.now())
      },
    )
    this.acquireTransaction = db.transaction((boardId: BoardId, holder: string, ttlMs: number) => {
      const now = Date.now()
      const lease = this.statements.lease.get(boardId)
      if (lease !== undefined && lease.holder !== holder && lease.expiresAt > now) return false
      this.statements.setLease.run(boardId, holder, now + ttlMs)
      return true
    })
  }

  async append(boardId: BoardId, update: Uint8Array): Promise<number> {
    // `.all()`, not `.get()`: `.get()` resets the statement after its first row, so SQLite
    // never sees it finish, and it runs the WAL auto-checkpoint only when a statement
    // finishes. With `.get()` the WAL grew by every append forever (894 MiB after 100,000).
    const [row] = this.statements.append.all(boardId, asBuffer(update), Date.now(), boardId)
    if (row === undefined) throw new Error('append returned no sequence number')
    this.feed.emit(boardId, { seq: row.seq, update })
    return row.seq
  }

  async load(boardId: BoardId): Promise<StoredBoard> {
    const rows = this.statements.load.all(boardId, 0)
    return { updates: rows.map((row) => row.data), lastSeq: rows.at(-1)?.seq ?? 0 }
  }

  async readSince(boardId: BoardId, seq: number): Promise<LogEntry[]> {
    return this.statements.load.all(boardId, seq).map((row) => ({ seq: row.seq, update: row.data }))
  }

  async acquireCompactionLease(boardId: BoardId, holder: string, ttlMs: number) {
    return this.acquireTransaction.immediate(boardId, holder, ttlMs)
  }

  async releaseCompactionLease(boardId: BoardId, holder: string): Promise<void> {
    this.statements.releaseLease.run(boardId, holder)
  }

  /** The snapshot takes the seq of the last entry it contains, so later appends follow it. */
  async compact(boardId: BoardId, snapshot: Uint8Array, throughSeq: number, holder: string) {
    this.compactTransaction.immediate(boardId, snapshot, throughSeq, holder)
  }

  async saveCheckpoint(boardId: BoardId, checkpoint: NewCheckpoint): Promise<CheckpointInfo> {
    const createdAt = Date.now()
    const [row] = this.statements.saveCheckpoint.all(
      boardId,
      checkpoint.kind,
      checkpoint.label,
      checkpoint.seq,
      asBuffer(checkpoint.snapshot),
      createdAt,
    )
    if (row === undefined) throw new Error('saving a checkpoint returned no id')
    return {
      id: row.id,
      kind: checkpoint.kind,
      label: checkpoint.label,
      seq: checkpoint.seq,
      createdAt,
      bytes: checkpoint.snapshot.byteLength,
    }
  }

  async listCheckpoints(boardId: BoardId): Promise<CheckpointInfo[]> {
    return this.statements.listCheckpoints.all(boardId).map(checkpointInfo)
  }

  async loadCheckpoint(boardId: BoardId, checkpointId: number): Promise<Checkpoint | null> {
    const row = this.statements.loadCheckpoint.get(boardId, checkpointId)
    return row === undefined ? null : { ...checkpointInfo(row), snapshot: row.data }
  }

  async listLogs(): Promise<BoardSummary[]> {
    return this.statements.list.all().map((row) => ({ ...row, id: row.id as BoardId }))
  }

  async hasLog(boardId: BoardId): Promise<boolean> {
    return this.statements.has.get(boardId) !== undefined
  }

  onAppend(listener: AppendListener): () => void {
    return this.feed.subscribe(listener)
  }

  private holds(boardId: BoardId, holder: string): boolean {
    const lease = this.statements.lease.get(boardId)
    return lease !== undefined && lease.holder === holder && lease.expiresAt > Date.now()
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
