import type { TLRecord, TLStore } from 'tldraw'
import type * as Y from 'yjs'
import {
  acceptRemoteRecord,
  isDocumentRecordId,
  openBoardDoc,
  readBoardSchema,
  type BoardDoc,
} from './boardDoc'
import { defaultFlushScheduler, type FlushScheduler } from './flushScheduler'
import { GrowthGate } from './growingRecords'
import { jsonEqual } from './jsonEqual'
import { loadBoard, OUTDATED_MESSAGE } from './loadBoard'
import { isSchemaNewer, readSerializedSchema } from './schemaVersion'

export interface BindingOptions {
  /**
   * When pending local changes are written; defaults to one flush per animation frame,
   * at least FLUSH_MIN_INTERVAL_MS apart (`defaultFlushScheduler`).
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
}

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
 *   binding's origin. Records already equal to the doc's are not written.
 * - Remote: doc changes from any other origin enter the store through
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
  } = options
  const board: BoardDoc = openBoardDoc(doc)
  const origin = { binding: 'tldraw', storeId: store.id }
  const clientSchema = store.schema.serialize()
  const pending = new Map<TLRecord['id'], TLRecord | null>()
  const growth = new GrowthGate(options.growthFlushRatio)
  let state: BindingState = 'live'
  let cancelScheduled: (() => void) | null = null

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
          if (board.records.has(id)) board.records.delete(id)
        } else {
          growth.sent(record)
          if (!jsonEqual(board.records.get(id), record)) board.records.set(id, record)
        }
      }
    }, origin)
  }
  const flush = () => write(true)
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
    onOutdated(OUTDATED_MESSAGE)
    return false
  }

  const onRecordsChange = (changes: Map<string, YKeyValueChange>, tr: Y.Transaction) => {
    if (tr.origin === origin || state !== 'live' || !checkSchema()) return
    const puts: TLRecord[] = []
    const removals: TLRecord['id'][] = []
    for (const [key, change] of changes) {
      if (pending.has(key as TLRecord['id'])) continue
      if (change.action === 'delete') {
        if (isDocumentRecordId(store, key) && store.has(key)) removals.push(key)
        continue
      }
      const accepted = acceptRemoteRecord(store, key, change.newValue)
      if (accepted.ok) puts.push(accepted.record)
      else onInvalidRecord(key, accepted.error)
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
  board.records.on('change', onRecordsChange)

  const onMetaChange = (_event: Y.YMapEvent<unknown>, tr: Y.Transaction) => {
    if (tr.origin !== origin && state === 'live') checkSchema()
  }
  board.meta.observe(onMetaChange)

  function stop(next: BindingState) {
    state = next
    cancelScheduled?.()
    cancelScheduled = null
    pending.clear()
    stopListeningToStore()
    board.records.off('change', onRecordsChange)
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
