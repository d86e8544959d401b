import { isMotionOnlyChange, jsonEqual, motionOf } from '@common-ground/shared'
import type { TLRecord, TLShape, TLStore } from 'tldraw'
import type * as Y from 'yjs'
import {
  acceptRemoteRecord,
  deleteBoardRecord,
  isDocumentRecordId,
  openBoardDoc,
  readBoardRecord,
  readBoardSchema,
  writeBoardRecord,
  type BoardDoc,
} from './boardDoc'
import { defaultFlushScheduler, type FlushScheduler } from './flushScheduler'
import { GrowthGate } from './growingRecords'
import { loadBoard, outdatedMessage } from './loadBoard'
import { isSchemaNewer, readSerializedSchema } from './schemaVersion'

export interface BindingOptions {
  /**
   * When pending local changes are written; defaults to one flush per animation frame,
   * paced to FLUSH_INTERVAL_MS (`defaultFlushScheduler`).
   */
  scheduler?: FlushScheduler
  /**
   * The board was written by a newer client. The binding has stopped and will not
   * touch the doc again; the UI should ask for a reload.
   */
  onOutdated?: (message: string) => void
  /** The board could not be loaded (unreadable schema, failed migration); nothing was written. */
  onLoadFailed?: (message: string) => void
  /**
   * A growing record (a stroke being drawn) is sent again once it is this many times the
   * size it was last sent at (`GROWTH_FLUSH_RATIO`); 1 sends it on every flush.
   */
  growthFlushRatio?: number
  /** A record from the doc failed validation and was left out of the store. */
  onInvalidRecord?: (id: string, error: unknown) => void
  /**
   * How a moved shape comes to rest: `settle(ms, task)` runs `task` after about `ms` and
   * returns a cancel function. Defaults to `setTimeout`; tests pass a manual one.
   */
  settleTimer?: (ms: number, task: () => void) => () => void
  /** The clock `settleTimer` runs on; defaults to `performance.now`. */
  now?: () => number
  /**
   * Whether a shape that only moved is written as a motion entry (the default) or, with
   * false, as its whole record every time; the bench compares the two.
   */
  motion?: boolean
}

/**
 * How long a shape moved through `motion` must rest before its whole record is written
 * back and its motion entry deleted. Long enough that a drag which slows down does not
 * settle and restart every few frames, short enough that a board's `records` catch up
 * within a moment of the drag ending.
 */
export const MOTION_SETTLE_MS = 400

export type BindingState = 'live' | 'outdated' | 'failed' | 'disposed'

export interface StoreDocBinding {
  getState(): BindingState
  /** Writes pending local changes now, in one transaction. */
  flush(): void
  /** Flushes, then stops listening to both sides. */
  dispose(): void
}

type YKeyValueChange =
  | { action: 'add'; newValue: unknown }
  | { action: 'update'; oldValue: unknown; newValue: unknown }
  | { action: 'delete'; oldValue: unknown }

/**
 * Keeps the document records of a tldraw store and a board's Y.Doc equal.
 *
 * - Local: user changes to document records collect in `pending` (id → record, or null
 *   for a deletion) and are written in one transaction per flush, tagged with this
 *   binding's origin. Records already equal to the doc's are not written. A shape that
 *   only moved goes to the doc's `motion` entries and is written whole once it rests.
 * - Remote: doc changes (a record, or a shape's motion laid over it) from any other origin
 *   enter the store through
 *   `mergeRemoteChanges`, so they are neither echoed back nor undoable. A record with an
 *   unflushed local change is left alone: that change is newer and the next flush
 *   writes it over the remote one, so store and doc agree again.
 * - Schema: a board (re)written by a newer client stops the binding (`outdated`).
 *
 * Headless: it needs a store and a doc, not an editor or a DOM.
 */
export function bindStoreToDoc(
  store: TLStore,
  doc: Y.Doc,
  options: BindingOptions = {},
): StoreDocBinding {
  const {
    scheduler = defaultFlushScheduler(),
    onOutdated = () => {},
    onLoadFailed = () => {},
    onInvalidRecord = (id, error) => console.warn(`Skipped invalid record ${id}`, error),
    settleTimer = (ms, task) => {
      const timer = setTimeout(task, ms)
      return () => clearTimeout(timer)
    },
    now = () => performance.now(),
  } = options
  const board: BoardDoc = openBoardDoc(doc)
  const origin = { binding: 'tldraw', storeId: store.id }
  const clientSchema = store.schema.serialize()
  const pending = new Map<TLRecord['id'], TLRecord | null>()
  const growth = new GrowthGate(options.growthFlushRatio)
  let state: BindingState = 'live'
  let cancelScheduled: (() => void) | null = null
  /** Shapes this binding moved through `motion`, with when it last did. */
  const moving = new Map<TLRecord['id'], number>()
  let cancelSettle: (() => void) | null = null

  const loaded = loadBoard(store, board, origin, onInvalidRecord)
  if (loaded.type !== 'loaded') {
    state = loaded.type === 'outdated' ? 'outdated' : 'failed'
    if (loaded.type === 'outdated') onOutdated(loaded.message)
    else onLoadFailed(loaded.message)
    return inertBinding(() => state)
  }
  let lastSeenSchema = readBoardSchema(board)

  /**
   * Writes pending changes in one transaction. A scheduled flush leaves a growing record
   * (a stroke being drawn) pending until it has grown enough (`GrowthGate`); a forced one
   * (`flush()`, `dispose()`) writes everything.
   */
  const write = (force: boolean) => {
    cancelScheduled?.()
    cancelScheduled = null
    if (state !== 'live' || pending.size === 0) return
    const changes: [TLRecord['id'], TLRecord | null][] = []
    for (const [id, record] of pending) {
      if (!force && record !== null && !growth.shouldSend(record)) continue
      changes.push([id, record])
      pending.delete(id)
    }
    if (changes.length === 0) return
    doc.transact(() => {
      for (const [id, record] of changes) {
        if (record === null) {
          growth.forget(id)
          moving.delete(id)
          deleteBoardRecord(board, id)
        } else {
          growth.sent(record)
          writeRecord(record)
        }
      }
    }, origin)
    scheduleSettle()
  }

  /**
   * A shape that only moved (a drag) goes to `motion`, a few bytes instead of the whole
   * record; anything else writes the whole record, which carries its position, so any
   * motion entry goes with it.
   */
  const writeRecord = (record: TLRecord) => {
    const current = readBoardRecord(board, record.id)
    if (jsonEqual(current, record)) return
    if (options.motion !== false && isMotionOnlyChange(current, record)) {
      board.motion.set(record.id, motionOf(record as TLShape))
      moving.set(record.id, now())
      return
    }
    moving.delete(record.id)
    writeBoardRecord(board, record)
  }

  /**
   * Folds the motion of shapes that have rested MOTION_SETTLE_MS (all of them when
   * `all`) into their records, so `records` alone describes the board again. It writes
   * what the doc holds, not the store: a pending local change is flushed on its own.
   */
  const settle = (all: boolean) => {
    cancelSettle?.()
    cancelSettle = null
    if (state !== 'live' || moving.size === 0) return
    const at = now()
    const due = [...moving].filter(([, movedAt]) => all || at - movedAt >= MOTION_SETTLE_MS)
    if (due.length > 0) {
      doc.transact(() => {
        for (const [id] of due) {
          moving.delete(id)
          const stored = board.records.get(id)
          // Someone else settled it, wrote it whole or deleted it meanwhile.
          if (stored === undefined || !board.motion.has(id)) continue
          const settled = readBoardRecord(board, id)
          if (jsonEqual(stored, settled)) board.motion.delete(id)
          else writeBoardRecord(board, settled as TLRecord)
        }
      }, origin)
    }
    scheduleSettle()
  }

  const scheduleSettle = () => {
    if (cancelSettle !== null || moving.size === 0 || state !== 'live') return
    const oldest = Math.min(...moving.values())
    const wait = Math.max(0, oldest + MOTION_SETTLE_MS - now())
    cancelSettle = settleTimer(wait, () => {
      cancelSettle = null
      settle(false)
    })
  }

  const flush = () => {
    write(true)
    settle(true)
  }
  const scheduledFlush = () => write(false)

  const stopListeningToStore = store.listen(
    ({ changes }) => {
      for (const record of Object.values(changes.added)) pending.set(record.id, record)
      for (const [, record] of Object.values(changes.updated)) pending.set(record.id, record)
      for (const record of Object.values(changes.removed)) pending.set(record.id, null)
      if (pending.size > 0 && cancelScheduled === null) cancelScheduled = scheduler(scheduledFlush)
    },
    { source: 'user', scope: 'document' },
  )

  /** Returns false (and stops) when the board's schema has become newer than ours. */
  const checkSchema = (): boolean => {
    const raw = readBoardSchema(board)
    if (raw === lastSeenSchema) return true
    lastSeenSchema = raw
    const schema = readSerializedSchema(raw)
    if (!schema || !isSchemaNewer(schema, clientSchema)) return true
    stop('outdated')
    onOutdated(outdatedMessage())
    return false
  }

  /** Brings the store to the doc's record for each of `ids` (stored value plus motion). */
  const applyRemote = (ids: Iterable<string>) => {
    const puts: TLRecord[] = []
    const removals: TLRecord['id'][] = []
    for (const id of ids) {
      if (pending.has(id as TLRecord['id'])) continue
      const value = readBoardRecord(board, id)
      if (value === undefined) {
        if (isDocumentRecordId(store, id) && store.has(id)) removals.push(id)
        continue
      }
      const accepted = acceptRemoteRecord(store, id, value)
      if (!accepted.ok) onInvalidRecord(id, accepted.error)
      else if (!jsonEqual(store.get(accepted.record.id), accepted.record)) {
        puts.push(accepted.record)
      }
    }
    if (puts.length === 0 && removals.length === 0) return
    try {
      store.mergeRemoteChanges(() => {
        if (removals.length > 0) store.remove(removals)
        if (puts.length > 0) store.put(puts)
      })
    } catch (error) {
      // Validated records can still be refused by a store side effect; the observer of
      // a Yjs transaction must not throw, and the store rolls the batch back.
      onInvalidRecord(puts.map((r) => r.id).join(', ') || removals.join(', '), error)
    }
  }

  // A transaction that settles a shape changes both arrays; the second observer finds
  // the store already equal and writes nothing.
  const onDocChange = (changes: Map<string, YKeyValueChange>, tr: Y.Transaction) => {
    if (tr.origin === origin || state !== 'live' || !checkSchema()) return
    applyRemote(changes.keys())
  }
  board.records.on('change', onDocChange)
  board.motion.on('change', onDocChange)

  const onMetaChange = (_event: Y.YMapEvent<unknown>, tr: Y.Transaction) => {
    if (tr.origin !== origin && state === 'live') checkSchema()
  }
  board.meta.observe(onMetaChange)

  function stop(next: BindingState) {
    state = next
    cancelScheduled?.()
    cancelScheduled = null
    cancelSettle?.()
    cancelSettle = null
    pending.clear()
    moving.clear()
    stopListeningToStore()
    board.records.off('change', onDocChange)
    board.motion.off('change', onDocChange)
    board.meta.unobserve(onMetaChange)
  }

  return {
    getState: () => state,
    flush,
    dispose() {
      if (state !== 'live') return
      flush()
      stop('disposed')
    },
  }
}

function inertBinding(getState: () => BindingState): StoreDocBinding {
  return { getState, flush() {}, dispose() {} }
}
