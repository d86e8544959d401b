import * as Y from 'yjs'
import { boardDocRoots, type BoardId } from '@common-ground/shared'
import type { UpdateLog } from '../storage/UpdateLog.js'
import { refuseIfTooNew } from './boardTooNew.js'

/** A board's doc as its log holds it now; unreadable entries are skipped, as rooms do. */
export async function docFromLog(
  log: UpdateLog,
  boardId: BoardId,
): Promise<{ doc: Y.Doc; lastSeq: number }> {
  const stored = await log.load(boardId)
  const doc = new Y.Doc()
  boardDocRoots(doc)
  for (const update of stored.updates) {
    try {
      Y.applyUpdate(doc, update)
    } catch {
      // Skipped, as Room.load skips it.
    }
  }
  return { doc, lastSeq: stored.lastSeq }
}

/**
 * H26: a change the server makes to a board outside any room (a restore, a new title):
 * `write` runs on a doc built from the log, and what it changed is appended to the log
 * as one entry. Every process's rooms of the board apply and relay it as they do any
 * entry appended elsewhere (R55, R56), so everyone connected, wherever, sees it; Yjs
 * merges it with edits made meanwhile. A board stored by a newer server is refused
 * (H31) before anything is written. Resolves with the entry's seq, or null when `write`
 * changed nothing.
 */
export async function appendServerChange(
  log: UpdateLog,
  boardId: BoardId,
  write: (doc: Y.Doc) => void,
): Promise<number | null> {
  const { doc } = await docFromLog(log, boardId)
  try {
    refuseIfTooNew(doc)
    const made: Uint8Array[] = []
    const capture = (update: Uint8Array) => made.push(update)
    doc.on('update', capture)
    try {
      doc.transact(() => write(doc))
    } finally {
      doc.off('update', capture)
    }
    if (made.length === 0) return null
    return await log.append(boardId, made.length === 1 ? made[0]! : Y.mergeUpdates(made))
  } finally {
    doc.destroy()
  }
}
