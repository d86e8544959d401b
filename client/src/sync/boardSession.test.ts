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
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { bindStoreToDoc } from './binding'
import { openBoardSession, type BoardSyncState, type SyncProvider } from './boardSession'
import { createManualScheduler } from './flushScheduler'
import { createTestStore, docRecords, geoShape, syncDocs } from './test/fixtures'

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
  override destroy() {
    this.destroyed = true
    super.destroy()
  }
}

function serverBoard(): Y.Doc {
  const doc = new Y.Doc()
  const store = createTestStore()
  const binding = bindStoreToDoc(store, doc, { scheduler: createManualScheduler() })
  store.put([geoShape('existing')])
  binding.dispose()
  return doc
}

function open() {
  const providers: FakeProvider[] = []
  const states: BoardSyncState[] = []
  const notices: string[] = []
  const session = openBoardSession({
    boardId: 'board' as BoardId,
    user,
    assets,
    serverOrigin: 'http://localhost',
    onState: (state) => states.push(state),
    onNotice: (message) => notices.push(message),
    scheduler: createManualScheduler(),
    createProvider: (doc, shouldReconnect) => {
      const provider = new FakeProvider(doc, shouldReconnect)
      providers.push(provider)
      return provider
    },
  })
  const last = () => states.at(-1)
  const provider = () => providers.at(-1)!
  return { session, states, notices, providers, provider, last }
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
    expect(last()).toEqual({ status: 'loading', connection: 'connecting' })
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

  test.each([CloseCode.StorageFailure, CloseCode.InvalidRecord])(
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
      expect(last()).toEqual({ status: 'loading', connection: 'connecting' })
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
