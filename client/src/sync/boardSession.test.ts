import {
  CLOSE_REASONS,
  CloseCode,
  META_SCHEMA_KEY,
  Y_META,
  type AwarenessUser,
  type BoardId,
} from '@common-ground/shared'
import type { TLAssetStore, TLStore } from 'tldraw'
import { ObservableV2 } from 'lib0/observable'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import * as Y from 'yjs'
import { bindStoreToDoc } from './binding'
import type { Person } from '../people/people'
import {
  openBoardSession,
  retryDelay,
  type BoardSyncState,
  type SyncProvider,
} from './boardSession'
import { createManualScheduler } from './flushScheduler'
import { DELIVERY_GRACE_MS } from './pendingEdits'
import { memoryPendingStorage, type PendingStorage } from './pendingStorage'
import { createTestStore, docRecords, geoShape, serverMadeDoc, syncDocs } from './test/fixtures'

const user: AwarenessUser = { id: 'ada', name: 'Ada', color: '#e03131' }
const assets: TLAssetStore = { upload: async () => ({ src: '' }) }

/** Plays the part of y-websocket's provider; the test says when the socket does what. */
class FakeProvider
  extends ObservableV2<{
    status: (event: { status: 'connected' | 'disconnected' | 'connecting' }) => void
    sync: (synced: boolean) => void
    'connection-close': (event: { code: number } | null) => void
  }>
  implements SyncProvider
{
  readonly awareness: Awareness
  destroyed = false
  /** Times the session asked to open the socket again after a refusal. */
  connects = 0
  constructor(
    readonly doc: Y.Doc,
    readonly shouldReconnect: (event: { code: number }) => boolean,
  ) {
    super()
    this.awareness = new Awareness(doc)
  }
  /** The socket opens and the server's state arrives (sync step 2). */
  connectTo(server: Y.Doc) {
    this.emit('status', [{ status: 'connected' }])
    syncDocs(server, this.doc, this)
    this.emit('sync', [true])
  }
  closeWith(code: number) {
    this.emit('connection-close', [{ code }])
    this.emit('status', [{ status: 'disconnected' }])
  }
  connect() {
    this.connects++
  }
  override destroy() {
    this.destroyed = true
    super.destroy()
  }
}

function serverBoard(): Y.Doc {
  const doc = serverMadeDoc()
  const store = createTestStore()
  const binding = bindStoreToDoc(store, doc, { scheduler: createManualScheduler() })
  store.put([geoShape('existing')])
  binding.dispose()
  return doc
}

function open(options: { readOnly?: boolean; pendingStorage?: PendingStorage } = {}) {
  const providers: FakeProvider[] = []
  const states: BoardSyncState[] = []
  const notices: string[] = []
  const people: (readonly Person[])[] = []
  const scheduler = createManualScheduler()
  let accessChanges = 0
  let rechecks = 0
  const session = openBoardSession({
    boardId: 'board' as BoardId,
    user,
    assets,
    serverOrigin: 'http://localhost',
    readOnly: options.readOnly,
    onState: (state) => states.push(state),
    onNotice: (message) => notices.push(message),
    onPeople: (list) => people.push(list),
    onAccessChanged: () => accessChanges++,
    onAccessMaybeChanged: () => rechecks++,
    scheduler,
    pendingStorage: options.pendingStorage,
    createProvider: (doc, shouldReconnect) => {
      const provider = new FakeProvider(doc, shouldReconnect)
      providers.push(provider)
      return provider
    },
  })
  const last = () => states.at(-1)
  const provider = () => providers.at(-1)!
  return {
    session,
    states,
    notices,
    people,
    providers,
    provider,
    last,
    accessChanges: () => accessChanges,
    rechecks: () => rechecks,
    scheduler,
  }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('board session', () => {
  test('stays loading, writing nothing, until the first sync; then binds the board', () => {
    const { session, provider, last } = open()
    expect(last()).toEqual({ status: 'loading', connection: 'connecting', pending: 0 })
    provider().emit('status', [{ status: 'connected' }])
    expect(docRecords(provider().doc)).toEqual({})

    provider().connectTo(serverBoard())
    const state = last()
    expect(state).toMatchObject({ status: 'ready', connection: 'live' })
    const store = (state as { store: TLStore }).store
    expect(store.has(geoShape('existing').id)).toBe(true)
    expect(store.query.ids('page').get().size).toBe(1)
    session.close()
  })

  test('reports offline while the socket is down and live again after resyncing', () => {
    const { session, provider, last } = open()
    provider().connectTo(serverBoard())
    const connection = () => (last() as { connection: string }).connection
    provider().closeWith(1006)
    expect(connection()).toBe('offline')
    provider().emit('status', [{ status: 'connecting' }])
    expect(connection()).toBe('offline')
    provider().emit('status', [{ status: 'connected' }])
    expect(connection()).toBe('connecting')
    provider().emit('sync', [true])
    expect(connection()).toBe('live')
    expect(provider().shouldReconnect({ code: 1006 })).toBe(true)
    session.close()
  })

  test.each([
    CloseCode.BoardNotFound,
    CloseCode.InvalidBoardId,
    CloseCode.Unauthorized,
    CloseCode.Forbidden,
    CloseCode.LinkRotated,
    CloseCode.BoardTooNew,
  ])('close code %i is final: error with its reason, no reconnecting', (code) => {
    const { provider, providers, last } = open()
    provider().connectTo(serverBoard())
    expect(provider().shouldReconnect({ code })).toBe(false)
    provider().closeWith(code)
    expect(last()).toEqual({ status: 'error', message: CLOSE_REASONS[code] })
    expect(provider().destroyed).toBe(true)
    vi.advanceTimersByTime(60_000)
    expect(providers).toHaveLength(1)
  })

  test.each([CloseCode.StorageFailure, CloseCode.InvalidRecord, CloseCode.BoardTooLarge])(
    'close code %i reloads the board from the server with a fresh doc and store',
    (code) => {
      const { session, provider, providers, last, notices } = open()
      const server = serverBoard()
      provider().connectTo(server)
      const firstStore = (last() as { store: TLStore }).store
      firstStore.put([geoShape('refused')])
      expect(provider().shouldReconnect({ code })).toBe(false)

      provider().closeWith(code)
      expect(notices).toEqual([CLOSE_REASONS[code]])
      expect(last()).toEqual({ status: 'loading', connection: 'connecting', pending: 0 })
      expect(providers[0]!.destroyed).toBe(true)
      vi.advanceTimersByTime(60_000)
      expect(providers).toHaveLength(2)

      provider().connectTo(server)
      const reloaded = last() as { status: string; store: TLStore }
      expect(reloaded.status).toBe('ready')
      expect(reloaded.store).not.toBe(firstStore)
      expect(reloaded.store.has(geoShape('refused').id)).toBe(false)
      expect(reloaded.store.has(geoShape('existing').id)).toBe(true)
      session.close()
    },
  )

  test('BoardArchived stops the session and asks for the board’s rules again', () => {
    const { provider, providers, last, notices, accessChanges } = open()
    provider().connectTo(serverBoard())
    expect(provider().shouldReconnect({ code: CloseCode.BoardArchived })).toBe(false)
    provider().closeWith(CloseCode.BoardArchived)
    expect(notices).toEqual([CLOSE_REASONS[CloseCode.BoardArchived]])
    expect(accessChanges()).toBe(1)
    expect(last()).toEqual({ status: 'loading', connection: 'connecting', pending: 0 })
    expect(provider().destroyed).toBe(true)
    vi.advanceTimersByTime(60_000)
    expect(providers).toHaveLength(1)
  })

  test('a normal close from the server (a board reopened) reconnects and rechecks access', () => {
    const { session, provider, providers, last, notices, rechecks, accessChanges } = open({
      readOnly: true,
    })
    provider().connectTo(serverBoard())
    expect(provider().shouldReconnect({ code: CloseCode.Normal })).toBe(true)
    provider().closeWith(CloseCode.Normal)
    expect(rechecks()).toBe(1)
    expect(accessChanges()).toBe(0)
    expect(notices).toEqual([])
    expect(last()).toMatchObject({ status: 'ready', connection: 'offline' })
    expect(provider().destroyed).toBe(false)
    expect(providers).toHaveLength(1)
    session.close()
  })

  test.each([CloseCode.RoomFull, CloseCode.ServerBusy, CloseCode.RateLimited])(
    'close code %i says why once and retries ever more slowly, keeping the doc',
    (code) => {
      const { session, provider, providers, notices, last } = open()
      const server = serverBoard()
      provider().connectTo(server)
      const store = (last() as { store: TLStore }).store
      expect(provider().shouldReconnect({ code })).toBe(false)

      provider().closeWith(code)
      expect(notices).toEqual([CLOSE_REASONS[code]])
      expect(last()).toMatchObject({ status: 'ready', connection: 'offline' })
      vi.advanceTimersByTime(retryDelay(1) - 1)
      expect(provider().connects).toBe(0)
      vi.advanceTimersByTime(1)
      expect(provider().connects).toBe(1)

      provider().closeWith(code)
      expect(notices).toHaveLength(1)
      vi.advanceTimersByTime(retryDelay(1))
      expect(provider().connects).toBe(1)
      vi.advanceTimersByTime(retryDelay(2) - retryDelay(1))
      expect(provider().connects).toBe(2)

      // Let in at last: the same doc and store carry on, and the backoff starts over.
      provider().connectTo(server)
      expect(last()).toMatchObject({ status: 'ready', connection: 'live', store })
      provider().closeWith(code)
      expect(notices).toHaveLength(2)
      vi.advanceTimersByTime(retryDelay(1))
      expect(provider().connects).toBe(3)
      expect(providers).toHaveLength(1)
      session.close()
    },
  )

  test('retry delays double up to a ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelay)).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ])
  })

  test('close() cancels a pending retry', () => {
    const { session, provider } = open()
    provider().connectTo(serverBoard())
    provider().closeWith(CloseCode.RoomFull)
    session.close()
    vi.advanceTimersByTime(60_000)
    expect(provider().connects).toBe(0)
  })

  test('a read-only session opens tldraw read-only and attributes nothing to the viewer', () => {
    const { session, provider, last } = open({ readOnly: true })
    provider().connectTo(serverBoard())
    const store = (last() as { store: TLStore }).store
    expect(store.props.collaboration?.mode?.get()).toBe('readonly')
    expect(store.props.users.currentUser.get()).toBeNull()
    session.setUser({ ...user, name: 'Ada L.' })
    expect(store.props.users.currentUser.get()).toBeNull()
    session.close()
  })

  test('an editing session is read-write and attributes edits to the participant', () => {
    const { session, provider, last } = open()
    provider().connectTo(serverBoard())
    const store = (last() as { store: TLStore }).store
    expect(store.props.collaboration?.mode?.get()).toBe('readwrite')
    expect(store.props.users.currentUser.get()).toMatchObject({ name: 'Ada' })
    session.close()
  })

  test('reports who is on the board when people come, go or rename, not when cursors move', () => {
    const { session, provider, people } = open()
    const names = () => people.at(-1)?.map((person) => person.name)
    expect(names()).toEqual(['Ada'])

    const theirs = new Awareness(new Y.Doc())
    theirs.setLocalState({ user: { id: 'sam', name: 'Sam', color: '#1971c2', role: 'observer' } })
    const relay = () =>
      applyAwarenessUpdate(
        provider().awareness,
        encodeAwarenessUpdate(theirs, [theirs.clientID]),
        'relay',
      )
    relay()
    expect(people.at(-1)).toEqual([
      expect.objectContaining({ name: 'Ada', isYou: true, viewOnly: false }),
      expect.objectContaining({ name: 'Sam', isYou: false, viewOnly: true }),
    ])
    const reports = people.length
    theirs.setLocalStateField('presence', { cursor: { x: 1, y: 2 } })
    relay()
    expect(people).toHaveLength(reports)

    removeAwarenessStates(provider().awareness, [theirs.clientID], 'left')
    expect(names()).toEqual(['Ada'])
    theirs.destroy()
    session.close()
  })

  test('a board from a newer client is reported outdated and the connection dropped', async () => {
    const { provider, last } = open()
    const server = serverBoard()
    const schema = createTestStore().schema.serialize()
    server.getMap(Y_META).set(META_SCHEMA_KEY, {
      ...schema,
      sequences: { ...schema.sequences, 'com.tldraw.shape.geo': 99 },
    })
    provider().connectTo(server)
    expect(last()).toMatchObject({ status: 'outdated' })
    await Promise.resolve()
    expect(provider().destroyed).toBe(true)
  })

  test('close() tears everything down and reports nothing more', () => {
    const { session, provider, states } = open()
    provider().connectTo(serverBoard())
    const count = states.length
    session.close()
    expect(provider().destroyed).toBe(true)
    expect(provider().awareness.getLocalState()).toBeNull()
    provider().emit('sync', [true])
    expect(states).toHaveLength(count)
  })

  test('the participant is announced in awareness and renaming updates it', () => {
    const { session, provider } = open()
    expect(provider().awareness.getLocalState()).toEqual({ user, presence: null })
    session.setUser({ ...user, name: 'Ada L.' })
    expect(provider().awareness.getLocalState()).toMatchObject({ user: { name: 'Ada L.' } })
    session.close()
  })
})

describe('offline edits (SPEC.md rules 12-19)', () => {
  /** Lets the storage's promises resolve. */
  const settle = () => vi.advanceTimersByTimeAsync(5)

  /** Opens a session, syncs, goes offline and adds a shape: an edit the server lacks. */
  async function editOffline(storage: PendingStorage, server: Y.Doc) {
    const t = open({ pendingStorage: storage })
    await settle()
    t.provider().connectTo(server)
    const ready = t.last()
    if (ready?.status !== 'ready') throw new Error('not ready')
    t.provider().closeWith(1006)
    ready.store.put([geoShape('made-offline')])
    t.scheduler.runPending()
    await settle()
    return t
  }

  test('12-15: an offline edit is counted, kept in the browser and sent by the next tab', async () => {
    const storage = memoryPendingStorage()
    const server = serverBoard()
    const first = await editOffline(storage, server)
    const waiting = first.last()
    expect(waiting).toMatchObject({ connection: 'offline' })
    const count = waiting?.status === 'ready' ? waiting.pending : 0
    expect(count).toBeGreaterThan(0)
    expect([...storage.entries.values()].flat()).toHaveLength(count)
    first.session.close()

    // The tab is closed and opened again: the kept edit reaches the server once it syncs.
    const second = open({ pendingStorage: storage })
    await settle()
    second.provider().connectTo(server)
    await settle()
    syncDocs(second.provider().doc, server)
    expect(docRecords(server)).toHaveProperty(['shape:made-offline'])
    // Delivered once it has been out on a live connection for the grace period (R14).
    await vi.advanceTimersByTimeAsync(DELIVERY_GRACE_MS + 10)
    expect(storage.entries.size).toBe(0)
    expect(second.last()).toMatchObject({ connection: 'live', pending: 0 })
  })

  test('16: a refused change is dropped from the browser too, so it is never sent again', async () => {
    const storage = memoryPendingStorage()
    const server = serverBoard()
    const t = await editOffline(storage, server)
    expect(storage.entries.size).toBe(1)
    t.provider().connectTo(server)
    t.provider().closeWith(CloseCode.InvalidRecord)
    await settle()
    expect(storage.entries.size).toBe(0)
    t.session.close()
    const next = open({ pendingStorage: storage })
    await settle()
    next.provider().connectTo(server)
    await settle()
    expect(docRecords(next.provider().doc)).not.toHaveProperty(['shape:made-offline'])
  })

  test('18: a link replaced while offline forgets the kept edits', async () => {
    const storage = memoryPendingStorage()
    const t = await editOffline(storage, serverBoard())
    t.provider().closeWith(CloseCode.LinkRotated)
    await settle()
    expect(storage.entries.size).toBe(0)
  })

  test('17: a read-only session never sends kept edits, forgets them and says so', async () => {
    const storage = memoryPendingStorage()
    const server = serverBoard()
    ;(await editOffline(storage, server)).session.close()
    expect(storage.entries.size).toBe(1)
    const viewer = open({ readOnly: true, pendingStorage: storage })
    await settle()
    viewer.provider().connectTo(server)
    await settle()
    expect(storage.entries.size).toBe(0)
    expect(docRecords(viewer.provider().doc)).not.toHaveProperty(['shape:made-offline'])
    expect(viewer.notices).toHaveLength(1)
  })
})
