import type { PendingStorage } from './pendingStorage'

/**
 * How long an update must have been on a live connection, with no refusal, before it
 * counts as delivered and leaves the browser's copy (SPEC.md rule 14). The server
 * refuses an update within one round trip (rule 9); keeping one a little too long costs
 * nothing, since applying a Yjs update twice changes nothing.
 */
export const DELIVERY_GRACE_MS = 2_000

/** This page's key in the storage: two tabs on one board keep separate lists. */
const TAB_ID = Math.random().toString(36).slice(2)

interface Entry {
  update: Uint8Array
  /** When it went out on a live connection; null while it waits. */
  sentAt: number | null
}

export interface PendingEdits {
  /**
   * Reads what earlier tabs left for this board (rule 13) and takes it over; the caller
   * applies the updates to the doc once the server's state has arrived.
   */
  restore(): Promise<Uint8Array[]>
  /** A local update: kept until delivered. `live`: it goes out at once. */
  add(update: Uint8Array, live: boolean): void
  /** A live, synced connection: everything waiting is on its way. */
  sent(): void
  /** The socket closed: what was not yet delivered waits again. */
  unsent(): void
  /** Forgets everything, here and in storage, for every tab (rules 16-18). */
  discard(): void
  /** How many updates wait to be sent (rule 19). */
  waiting(): number
  onChange(listener: () => void): () => void
  dispose(): void
}

export function createPendingEdits(options: {
  boardId: string
  storage: PendingStorage
  now?: () => number
  tabId?: string
}): PendingEdits {
  const { boardId, storage } = options
  const now = options.now ?? Date.now
  const tabId = options.tabId ?? TAB_ID
  let entries: Entry[] = []
  let disposed = false
  let discarded = false
  let timer: ReturnType<typeof setTimeout> | null = null
  const listeners = new Set<() => void>()
  let saving: Promise<void> = Promise.resolve()
  let dirty = false

  const changed = () => {
    for (const listener of listeners) listener()
  }

  // Saves are chained, so the last state written is the last state asked for.
  const persist = () => {
    if (discarded) return
    dirty = true
    saving = saving.then(async () => {
      if (!dirty || discarded) return
      dirty = false
      try {
        await storage.save(
          boardId,
          tabId,
          entries.map((entry) => entry.update),
        )
      } catch (error) {
        console.warn('Common Ground: could not keep offline edits', error)
      }
    })
  }

  const settle = () => {
    timer = null
    if (disposed) return
    const cutoff = now() - DELIVERY_GRACE_MS
    const before = entries.length
    entries = entries.filter((entry) => entry.sentAt === null || entry.sentAt > cutoff)
    if (entries.length !== before) {
      persist()
      changed()
    }
    schedule()
  }

  const schedule = () => {
    if (timer !== null || disposed) return
    const next = Math.min(
      ...entries.flatMap((entry) => (entry.sentAt === null ? [] : [entry.sentAt])),
    )
    if (!Number.isFinite(next)) return
    timer = setTimeout(settle, Math.max(0, next + DELIVERY_GRACE_MS - now()))
  }

  return {
    async restore() {
      try {
        const saved = await storage.load(boardId)
        if (disposed || discarded) return []
        entries = [...saved.updates.map((update) => ({ update, sentAt: null })), ...entries]
        const others = saved.tabIds.filter((id) => id !== tabId)
        if (others.length > 0) await storage.remove(boardId, others)
        persist()
        changed()
        return saved.updates
      } catch (error) {
        console.warn('Common Ground: could not read offline edits', error)
        return []
      }
    },
    add(update, live) {
      if (disposed || discarded) return
      entries.push({ update, sentAt: live ? now() : null })
      persist()
      if (live) schedule()
      else changed()
    },
    sent() {
      const at = now()
      let any = false
      for (const entry of entries) {
        if (entry.sentAt === null) {
          entry.sentAt = at
          any = true
        }
      }
      schedule()
      if (any) changed()
    },
    unsent() {
      if (timer !== null) clearTimeout(timer)
      timer = null
      for (const entry of entries) entry.sentAt = null
      if (entries.length > 0) changed()
    },
    discard() {
      discarded = true
      entries = []
      if (timer !== null) clearTimeout(timer)
      timer = null
      saving = saving.then(() =>
        storage.clear(boardId).catch((error: unknown) => {
          console.warn('Common Ground: could not forget offline edits', error)
        }),
      )
      changed()
    },
    waiting() {
      return entries.filter((entry) => entry.sentAt === null).length
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose() {
      disposed = true
      if (timer !== null) clearTimeout(timer)
      timer = null
      listeners.clear()
    },
  }
}
