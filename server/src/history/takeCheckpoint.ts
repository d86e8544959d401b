import * as Y from 'yjs'
import type { BoardId, CheckpointKind } from '@common-ground/shared'
import type { CheckpointInfo, UpdateLog } from '../storage/UpdateLog.js'

/**
 * Keeps the board as it is now as a checkpoint. The log holds at least what any room holds
 * (a room stores every update before anyone sees it, R3), so the checkpoint is read from
 * the log, wherever the board's rooms are. The snapshot is the state of a doc built from
 * the log, so deleted content is not kept.
 */
export async function takeCheckpoint(
  log: UpdateLog,
  boardId: BoardId,
  kind: CheckpointKind,
  label: string | null,
): Promise<CheckpointInfo> {
  const stored = await log.load(boardId)
  const doc = new Y.Doc()
  try {
    for (const update of stored.updates) {
      try {
        Y.applyUpdate(doc, update)
      } catch {
        // Skipped, as the room skips an unreadable stored update.
      }
    }
    const snapshot = Y.encodeStateAsUpdate(doc)
    return await log.saveCheckpoint(boardId, { kind, label, seq: stored.lastSeq, snapshot })
  } finally {
    doc.destroy()
  }
}
