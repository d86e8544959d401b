import * as Y from 'yjs'
import {
  boardDocRoots,
  boardRecordIds,
  deleteBoardRecord,
  jsonEqual,
  openBoardDocument,
  RATING_TYPE,
  readBoardRecord,
  readBoardRecords,
  writeBoardRecord,
  type BoardId,
} from '@common-ground/shared'
import { writeServerSchema } from '../room/boardSchema.js'
import type { CheckpointInfo, UpdateLog } from '../storage/UpdateLog.js'
import { refuseIfTooNew } from './boardTooNew.js'
import { appendServerChange, docFromLog } from './serverChange.js'
import { takeCheckpoint } from './takeCheckpoint.js'

/** A checkpoint whose records this server cannot bring to its schema. */
export class CheckpointUnreadableError extends Error {}

export interface Restored {
  /** The board just before the restore (kind `restore`): restoring it undoes this one. */
  before: CheckpointInfo
  restored: CheckpointInfo
}

/**
 * H27: makes the board hold what the checkpoint holds, as one new change on top of the
 * board (H26), after keeping the board as it is now (H11). Nothing is destroyed: the log
 * and every checkpoint stay, and restoring `before` undoes it. Records the checkpoint
 * lacks are deleted, records it holds differently are written whole, and records that
 * are the same are not touched, so a restore changes only what differs. A checkpoint
 * written with an older schema is migrated first, as a room migrates a board (R31).
 * Resolves null when the board has no such checkpoint.
 */
export async function restoreCheckpoint(
  log: UpdateLog,
  boardId: BoardId,
  checkpointId: number,
): Promise<Restored | null> {
  const checkpoint = await log.loadCheckpoint(boardId, checkpointId)
  if (checkpoint === null) return null
  const target = recordsOf(checkpoint.snapshot)
  // The board now, kept before anything changes (H11); a too-new board is refused first.
  const { doc } = await loadChecked(log, boardId)
  doc.destroy()
  const before = await takeCheckpoint(log, boardId, 'restore', null)
  await appendServerChange(log, boardId, (doc) => {
    const board = openBoardDocument(doc)
    for (const id of boardRecordIds(board)) {
      if (!Object.hasOwn(target, id)) deleteBoardRecord(board, id)
    }
    for (const [id, record] of Object.entries(target)) {
      if (!jsonEqual(readBoardRecord(board, id), record)) writeBoardRecord(board, record)
    }
  })
  return { before, restored: infoOf(checkpoint) }
}

/** The records of a checkpoint, in this server's schema, without anyone's own answers (R53). */
function recordsOf(snapshot: Uint8Array): Record<string, { id: string }> {
  const doc = new Y.Doc()
  boardDocRoots(doc)
  try {
    Y.applyUpdate(doc, snapshot)
    refuseIfTooNew(doc)
    const schema = writeServerSchema(doc)
    if (!schema.wrote && schema.problem !== undefined) {
      throw new CheckpointUnreadableError(schema.problem)
    }
    const records: Record<string, { id: string }> = {}
    for (const [id, record] of Object.entries(readBoardRecords(doc))) {
      const { type } = (record ?? {}) as { type?: unknown }
      if (type === RATING_TYPE) continue
      records[id] = record as { id: string }
    }
    return records
  } finally {
    doc.destroy()
  }
}

async function loadChecked(log: UpdateLog, boardId: BoardId) {
  const loaded = await docFromLog(log, boardId)
  try {
    refuseIfTooNew(loaded.doc)
  } catch (error) {
    loaded.doc.destroy()
    throw error
  }
  return loaded
}

function infoOf({ id, kind, label, seq, createdAt, bytes }: CheckpointInfo): CheckpointInfo {
  return { id, kind, label, seq, createdAt, bytes }
}
