import type { BoardId } from '@common-ground/shared'
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
import { MemoryStorage, type MemoryLog } from './MemoryStorage.js'

/**
 * An {@link UpdateLog} in memory, for tests and throwaway servers. Copies every buffer.
 * Each method does its whole change before its first `await`, so calls through several
 * handles on one {@link MemoryStorage} interleave as whole operations, as transactions do.
 */
export class MemoryUpdateLog implements UpdateLog {
  private readonly feed = new AppendFeed()

  constructor(private readonly storage: MemoryStorage = new MemoryStorage()) {}

  async append(boardId: BoardId, update: Uint8Array): Promise<number> {
    const log = this.log(boardId)
    const seq = log.nextSeq++
    log.entries.push({ seq, update: update.slice() })
    log.updatedAt = Date.now()
    this.feed.emit(boardId, { seq, update: update.slice() })
    return seq
  }

  async load(boardId: BoardId): Promise<StoredBoard> {
    const log = this.storage.logs.get(boardId)
    if (log === undefined) return { updates: [], lastSeq: 0 }
    return {
      updates: log.entries.map((entry) => entry.update.slice()),
      lastSeq: log.entries.at(-1)?.seq ?? log.nextSeq - 1,
    }
  }

  async readSince(boardId: BoardId, seq: number): Promise<LogEntry[]> {
    const log = this.storage.logs.get(boardId)
    if (log === undefined) return []
    return log.entries
      .filter((entry) => entry.seq > seq)
      .map((entry) => ({ seq: entry.seq, update: entry.update.slice() }))
  }

  async acquireCompactionLease(boardId: BoardId, holder: string, ttlMs: number) {
    const now = Date.now()
    const lease = this.storage.leases.get(boardId)
    if (lease !== undefined && lease.holder !== holder && lease.expiresAt > now) return false
    this.storage.leases.set(boardId, { holder, expiresAt: now + ttlMs })
    return true
  }

  async releaseCompactionLease(boardId: BoardId, holder: string): Promise<void> {
    if (this.storage.leases.get(boardId)?.holder === holder) this.storage.leases.delete(boardId)
  }

  async compact(boardId: BoardId, snapshot: Uint8Array, throughSeq: number, holder: string) {
    const lease = this.storage.leases.get(boardId)
    if (lease === undefined || lease.holder !== holder || lease.expiresAt <= Date.now()) {
      throw new CompactionLeaseError(boardId, holder)
    }
    const log = this.log(boardId)
    const first = log.entries[0]?.seq
    if (first === undefined || first >= throughSeq) return
    const later = log.entries.filter((entry) => entry.seq > throughSeq)
    log.entries = [{ seq: throughSeq, update: snapshot.slice() }, ...later]
    log.nextSeq = Math.max(log.nextSeq, throughSeq + 1)
    log.updatedAt = Date.now()
  }

  async saveCheckpoint(boardId: BoardId, checkpoint: NewCheckpoint): Promise<CheckpointInfo> {
    const stored: Checkpoint = {
      id: this.storage.nextCheckpointId++,
      kind: checkpoint.kind,
      label: checkpoint.label,
      seq: checkpoint.seq,
      createdAt: Date.now(),
      bytes: checkpoint.snapshot.byteLength,
      snapshot: checkpoint.snapshot.slice(),
    }
    const list = this.storage.checkpoints.get(boardId) ?? []
    list.push(stored)
    this.storage.checkpoints.set(boardId, list)
    return infoOf(stored)
  }

  async listCheckpoints(boardId: BoardId): Promise<CheckpointInfo[]> {
    return (this.storage.checkpoints.get(boardId) ?? []).map(infoOf)
  }

  async loadCheckpoint(boardId: BoardId, checkpointId: number): Promise<Checkpoint | null> {
    const found = this.storage.checkpoints.get(boardId)?.find((c) => c.id === checkpointId)
    return found === undefined ? null : { ...found, snapshot: found.snapshot.slice() }
  }

  async listLogs(): Promise<BoardSummary[]> {
    return [...this.storage.logs].map(([id, log]) => ({
      id,
      updatedAt: log.updatedAt,
      bytes: log.entries.reduce((sum, entry) => sum + entry.update.byteLength, 0),
    }))
  }

  async hasLog(boardId: BoardId): Promise<boolean> {
    return this.storage.logs.has(boardId)
  }

  onAppend(listener: AppendListener): () => void {
    return this.feed.subscribe(listener)
  }

  private log(boardId: BoardId): MemoryLog {
    let log = this.storage.logs.get(boardId)
    if (log === undefined) {
      log = { entries: [], nextSeq: 1, updatedAt: Date.now() }
      this.storage.logs.set(boardId, log)
    }
    return log
  }
}

function infoOf({ snapshot: _snapshot, ...info }: Checkpoint): CheckpointInfo {
  return info
}
