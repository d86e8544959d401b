import { openDB, type IDBPDatabase } from 'idb'

/**
 * Where a tab keeps the edits the server may not have yet (SPEC.md rules 12-19), so they
 * outlive the tab. Each tab writes under its own key; a tab opening the board adopts
 * every tab's entries for it.
 */
export interface PendingStorage {
  /** Every saved update for the board, from any tab, and the keys they were under. */
  load(boardId: string): Promise<{ updates: Uint8Array[]; tabIds: string[] }>
  save(boardId: string, tabId: string, updates: readonly Uint8Array[]): Promise<void>
  /** Removes the given tabs' entries for the board. */
  remove(boardId: string, tabIds: readonly string[]): Promise<void>
  /** Removes every tab's entries for the board: nothing of it may be sent again. */
  clear(boardId: string): Promise<void>
}

interface PendingEntry {
  boardId: string
  tabId: string
  updates: Uint8Array[]
  savedAt: number
}

const DB_NAME = 'common-ground-offline'
const STORE = 'pending'

/**
 * IndexedDB through `idb` (a small promise wrapper, also tldraw's). Where IndexedDB is
 * missing or refuses (private windows of some browsers, tests), edits are kept in memory
 * only, as before: they survive a lost connection but not a closed tab.
 */
export function indexedDbPendingStorage(): PendingStorage {
  let db: Promise<IDBPDatabase | null> | null = null
  const open = () =>
    (db ??=
      typeof indexedDB === 'undefined'
        ? Promise.resolve(null)
        : openDB(DB_NAME, 1, {
            upgrade(database) {
              const store = database.createObjectStore(STORE, { keyPath: ['boardId', 'tabId'] })
              store.createIndex('boardId', 'boardId')
            },
          }).catch((error: unknown) => {
            console.warn('Common Ground: offline edits are kept in memory only', error)
            return null
          }))
  return {
    async load(boardId) {
      const database = await open()
      if (!database) return { updates: [], tabIds: [] }
      const entries = (await database.getAllFromIndex(STORE, 'boardId', boardId)) as PendingEntry[]
      return {
        updates: entries.flatMap((entry) => entry.updates),
        tabIds: entries.map((entry) => entry.tabId),
      }
    },
    async save(boardId, tabId, updates) {
      const database = await open()
      if (!database) return
      if (updates.length === 0) await database.delete(STORE, [boardId, tabId])
      else
        await database.put(STORE, {
          boardId,
          tabId,
          updates: [...updates],
          savedAt: Date.now(),
        } satisfies PendingEntry)
    },
    async remove(boardId, tabIds) {
      const database = await open()
      if (!database) return
      const tx = database.transaction(STORE, 'readwrite')
      await Promise.all([...tabIds.map((tabId) => tx.store.delete([boardId, tabId])), tx.done])
    },
    async clear(boardId) {
      const database = await open()
      if (!database) return
      const keys = await database.getAllKeysFromIndex(STORE, 'boardId', boardId)
      const tx = database.transaction(STORE, 'readwrite')
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done])
    },
  }
}

/** For tests: the same contract, in a Map. */
export function memoryPendingStorage(): PendingStorage & { entries: Map<string, Uint8Array[]> } {
  const entries = new Map<string, Uint8Array[]>()
  const key = (boardId: string, tabId: string) => `${boardId}\u0000${tabId}`
  const ofBoard = (boardId: string) =>
    [...entries.keys()].filter((k) => k.startsWith(`${boardId}\u0000`))
  return {
    entries,
    async load(boardId) {
      const keys = ofBoard(boardId)
      return {
        updates: keys.flatMap((k) => entries.get(k) ?? []),
        tabIds: keys.map((k) => k.slice(boardId.length + 1)),
      }
    },
    async save(boardId, tabId, updates) {
      if (updates.length === 0) entries.delete(key(boardId, tabId))
      else entries.set(key(boardId, tabId), [...updates])
    },
    async remove(boardId, tabIds) {
      for (const tabId of tabIds) entries.delete(key(boardId, tabId))
    },
    async clear(boardId) {
      for (const k of ofBoard(boardId)) entries.delete(k)
    },
  }
}
