import * as Y from 'yjs'
import type { BoardId } from '@common-ground/shared'
import type { UpdateLog } from '../storage/UpdateLog.js'

/** R60: how long a compactor may hold a board's lease; far longer than one compaction takes. */
export const COMPACTION_LEASE_MS = 60_000

/**
 * R61: a room's compaction also keeps an `automatic` checkpoint when the board's newest
 * checkpoint is older than this, so an edited board keeps a snapshot every half hour or
 * so (at its compactions) for good, although its log keeps only the last.
 */
export const AUTOMATIC_CHECKPOINT_EVERY_MS = 30 * 60_000

export interface Compaction {
  log: UpdateLog
  boardId: BoardId
  /** Who compacts: the lease holder's name. */
  holder: string
  /** Holds every log entry through `throughSeq`. */
  doc: Y.Doc
  throughSeq: number
  /** ms since the epoch; for tests. */
  now?: () => number
}

/**
 * R60: compacts the log through `throughSeq` by the doc's state under the board's
 * compaction lease, then gives the lease up. Returns the snapshot, or null when another
 * process holds the lease (it is compacting the same board: this one tries again at its
 * next compaction) or there is nothing to compact.
 */
export async function compactUnderLease(compaction: Compaction): Promise<Uint8Array | null> {
  const { log, boardId, holder, doc, throughSeq } = compaction
  if (throughSeq === 0) return null
  if (!(await log.acquireCompactionLease(boardId, holder, COMPACTION_LEASE_MS))) return null
  try {
    const snapshot = Y.encodeStateAsUpdate(doc)
    await log.compact(boardId, snapshot, throughSeq, holder)
    await keepAutomaticCheckpoint(compaction, snapshot)
    return snapshot
  } finally {
    await log.releaseCompactionLease(boardId, holder)
  }
}

async function keepAutomaticCheckpoint(compaction: Compaction, snapshot: Uint8Array) {
  const { log, boardId, throughSeq } = compaction
  const now = (compaction.now ?? Date.now)()
  const newest = (await log.listCheckpoints(boardId)).at(-1)
  if (newest !== undefined && now - newest.createdAt < AUTOMATIC_CHECKPOINT_EVERY_MS) return
  await log.saveCheckpoint(boardId, { kind: 'automatic', label: null, seq: throughSeq, snapshot })
}
