import type { BoardId, CheckpointKind } from '@common-ground/shared'

/**
 * A board's history: an append-only log of Yjs updates, compacted into snapshots, plus
 * checkpoints (full snapshots kept for good). Several processes may hold a handle on the
 * same log; every rule below holds across handles (PROTOCOL.md H1–H12, checked by
 * `boardStoreContract.testkit.ts`).
 *
 * - H1 `append` returns the entry's sequence number, taken from the store: greater than
 *   every earlier entry of that board, whichever handle appended it.
 * - H2 `load` / `readSince` return entries in sequence order; applying them in that order
 *   to an empty Y.Doc rebuilds the board. The first entry may be a compacted snapshot,
 *   which stands for every entry up to its seq.
 * - H3 `compact(board, snapshot, n, holder)` atomically replaces every entry with seq <= n
 *   by the snapshot, only while `holder` holds the board's compaction lease; entries after
 *   n are kept. A compactor passes as n only the last entry it has applied, so entries it
 *   has not seen (another process's) are never folded away.
 * - H4 Checkpoints are never touched by compaction.
 * - Once a returned promise resolves, the write survives a crash of this process.
 */
export interface UpdateLog {
  append(boardId: BoardId, update: Uint8Array): Promise<number>
  load(boardId: BoardId): Promise<StoredBoard>
  /** The entries after `seq` (a snapshot first if one covers part of them), oldest first. */
  readSince(boardId: BoardId, seq: number): Promise<LogEntry[]>
  /**
   * H5: takes or renews the board's compaction lease for `ttlMs`; false while another
   * holder's lease has not expired.
   */
  acquireCompactionLease(boardId: BoardId, holder: string, ttlMs: number): Promise<boolean>
  /** Gives the lease up if `holder` has it; does nothing otherwise. */
  releaseCompactionLease(boardId: BoardId, holder: string): Promise<void>
  /** Throws {@link CompactionLeaseError} unless `holder` holds an unexpired lease. */
  compact(boardId: BoardId, snapshot: Uint8Array, throughSeq: number, holder: string): Promise<void>
  saveCheckpoint(boardId: BoardId, checkpoint: NewCheckpoint): Promise<CheckpointInfo>
  /** The board's checkpoints, oldest first, without their snapshots. */
  listCheckpoints(boardId: BoardId): Promise<CheckpointInfo[]>
  loadCheckpoint(boardId: BoardId, checkpointId: number): Promise<Checkpoint | null>
  /** Every board with a log, with its size. */
  listLogs(): Promise<BoardSummary[]>
  hasLog(boardId: BoardId): Promise<boolean>
  /**
   * H6: the change feed of this handle: `listener` hears every entry appended through it,
   * once stored, in seq order per board. Other handles' appends reach a process through
   * the board bus (`bus/BoardBus.ts`), which this feed fills. Returns an unsubscribe.
   */
  onAppend(listener: AppendListener): () => void
}

export type AppendListener = (boardId: BoardId, entry: LogEntry) => void

export interface LogEntry {
  seq: number
  update: Uint8Array
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
  /** Bytes of the board's update log (assets and checkpoints not included). */
  bytes: number
}

export interface NewCheckpoint {
  kind: CheckpointKind
  label: string | null
  /** The last log entry the snapshot contains. */
  seq: number
  /** `Y.encodeStateAsUpdate` of the board through `seq`. */
  snapshot: Uint8Array
}

export interface CheckpointInfo {
  /** Unique within the store, increasing. */
  id: number
  kind: CheckpointKind
  label: string | null
  seq: number
  /** ms since the epoch. */
  createdAt: number
  bytes: number
}

export interface Checkpoint extends CheckpointInfo {
  snapshot: Uint8Array
}

/** What `compact` throws when the caller does not hold the board's compaction lease. */
export class CompactionLeaseError extends Error {
  constructor(
    readonly boardId: BoardId,
    readonly holder: string,
  ) {
    super(`${holder} does not hold the compaction lease of board ${boardId}.`)
  }
}

/** Calls every listener; one that throws does not stop the others or the append. */
export class AppendFeed {
  private readonly listeners = new Set<AppendListener>()

  subscribe(listener: AppendListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(boardId: BoardId, entry: LogEntry): void {
    for (const listener of this.listeners) {
      try {
        listener(boardId, { seq: entry.seq, update: entry.update })
      } catch {
        // A listener's failure is its own; the entry is stored either way.
      }
    }
  }
}
