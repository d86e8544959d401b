import * as Y from 'yjs'
import type { BoardId } from '@common-ground/shared'
import { COMPACTION_LEASE_MS } from '../room/roomCompaction.js'
import type { CheckpointInfo, UpdateLog } from '../storage/UpdateLog.js'

export interface AutomaticCheckpointsOptions {
  log: UpdateLog
  boardId: BoardId
  /** The lease holder's name (the room's). */
  holder: string
  /** `AUTOMATIC_CHECKPOINT_MS`; 0 turns them off. */
  everyMs: number
  /** Wall-clock ms, the clock checkpoints' `createdAt` is on. */
  now?: () => number
}

/**
 * H23, H24: one room's automatic checkpoints. While a board is edited, a checkpoint is
 * kept once `everyMs` has passed since both the board's newest checkpoint (of any kind,
 * from any process) and the first change this room saw after it, and only if the board
 * changed since that checkpoint. Several processes may serve the board: the checkpoint is
 * taken under the board's lease (H5, the compaction lease) and the newest checkpoint is
 * read again while holding it, so one process takes it and the others see it was taken.
 */
export class AutomaticCheckpoints {
  /** When this room first saw a change after the newest checkpoint it knows of. */
  private activeSince: number | null = null
  /** Before this time no checkpoint can be due: spares a store read per change. */
  private nextCheck = 0

  constructor(private readonly options: AutomaticCheckpointsOptions) {}

  /**
   * Called after each change the room's doc took (stored by it or by another process),
   * inside the room's queue, with `doc` holding every entry through `throughSeq`.
   * Resolves with the checkpoint when one was kept.
   */
  async changed(doc: Y.Doc, throughSeq: number): Promise<CheckpointInfo | null> {
    const { log, boardId, holder, everyMs } = this.options
    if (everyMs <= 0 || throughSeq === 0) return null
    const now = (this.options.now ?? Date.now)()
    this.activeSince ??= now
    if (now < this.nextCheck) return null
    if (!(await this.due(now, throughSeq))) return null
    // Held by a compaction or another process's checkpoint: try again at the next change.
    if (!(await log.acquireCompactionLease(boardId, holder, COMPACTION_LEASE_MS))) return null
    try {
      if (!(await this.due(now, throughSeq))) return null
      const checkpoint = await log.saveCheckpoint(boardId, {
        kind: 'automatic',
        label: null,
        seq: throughSeq,
        snapshot: Y.encodeStateAsUpdate(doc),
      })
      this.activeSince = null
      this.nextCheck = checkpoint.createdAt + everyMs
      return checkpoint
    } finally {
      await log.releaseCompactionLease(boardId, holder)
    }
  }

  private async due(now: number, throughSeq: number): Promise<boolean> {
    const { log, boardId, everyMs } = this.options
    const newest = (await log.listCheckpoints(boardId)).at(-1)
    const since = Math.max(newest?.createdAt ?? 0, this.activeSince ?? now)
    if (newest !== undefined && newest.seq >= throughSeq) {
      // Someone kept the board as it is now: activity counts again from that checkpoint.
      this.activeSince = null
      this.nextCheck = newest.createdAt + everyMs
      return false
    }
    this.nextCheck = since + everyMs
    return now - since >= everyMs
  }
}
