import * as Y from 'yjs'
import {
  ASSET_CARD_TYPE,
  boardDocRoots,
  PERSON_TYPE,
  readBoardRecords,
} from '@common-ground/shared'
import type { UpdateLog } from '../storage/UpdateLog.js'
import type { BoardId } from '@common-ground/shared'

const CARD_TYPES: ReadonlySet<unknown> = new Set([ASSET_CARD_TYPE, PERSON_TYPE])
/** Counts kept per process; a checkpoint never changes, so its count never goes stale. */
const MAX_KEPT = 10_000
const counted = new Map<string, number | null>()

/** H25: the asset and person cards a board's records hold. */
export function cardsIn(records: Record<string, unknown>): number {
  let cards = 0
  for (const record of Object.values(records)) {
    const { typeName, type } = (record ?? {}) as { typeName?: unknown; type?: unknown }
    if (typeName === 'shape' && CARD_TYPES.has(type)) cards++
  }
  return cards
}

/** H25: cards in a snapshot; null when it cannot be read. */
export function cardsInSnapshot(snapshot: Uint8Array): number | null {
  const doc = new Y.Doc()
  boardDocRoots(doc)
  try {
    Y.applyUpdate(doc, snapshot)
    return cardsIn(readBoardRecords(doc))
  } catch {
    return null
  } finally {
    doc.destroy()
  }
}

/**
 * H25: how many cards a board's checkpoint holds, read once per process and then
 * remembered (checkpoint ids are unique within the store, and a checkpoint never changes).
 */
export async function checkpointCards(
  log: UpdateLog,
  boardId: BoardId,
  checkpointId: number,
): Promise<number | null> {
  const key = `${boardId}/${checkpointId}`
  if (counted.has(key)) return counted.get(key)!
  const checkpoint = await log.loadCheckpoint(boardId, checkpointId)
  const cards = checkpoint === null ? null : cardsInSnapshot(checkpoint.snapshot)
  if (counted.size >= MAX_KEPT) counted.delete(counted.keys().next().value!)
  counted.set(key, cards)
  return cards
}
