import {
  CloseCode,
  isCloseCode,
  relationMigrations,
  wsServerUrl,
  type AwarenessUser,
  type BoardId,
} from '@common-ground/shared'
import {
  atom,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
  UserRecordType,
  type Editor,
  type TLAssetStore,
  type TLStore,
  type TLUser,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { peopleFromAwareness, samePeople, type Person } from '../people/people'
import { translate } from '../i18n/translate'
import { commonGroundShapeUtils } from '../shapes'
import { bindStoreToDoc, type StoreDocBinding } from './binding'
import type { FlushScheduler } from './flushScheduler'
import {
  applyUserToEditor,
  publishEditorPresence,
  setAwarenessUser,
  syncRemotePresence,
} from './presence'

export type ConnectionState = 'connecting' | 'live' | 'offline'

export type BoardSyncState =
  | { status: 'loading'; connection: ConnectionState }
  | {
      status: 'ready'
      store: TLStore
      connection: ConnectionState
      onEditorMount: (editor: Editor) => () => void
    }
  | { status: 'outdated'; message: string }
  | { status: 'error'; message: string }

/** The part of y-websocket's WebsocketProvider a session uses; tests pass a fake. */
export interface SyncProvider {
  readonly awareness: Awareness
  on(
    name: 'status',
    f: (event: { status: 'connected' | 'disconnected' | 'connecting' }) => void,
  ): unknown
  on(name: 'sync', f: (synced: boolean) => void): unknown
  on(name: 'connection-close', f: (event: { code: number } | null) => void): unknown
  /** Opens the socket again after `shouldReconnect` said not to (see RETRY_LATER_CLOSES). */
  connect(): void
  destroy(): void
}

export type CreateProvider = (
  doc: Y.Doc,
  shouldReconnect: (event: { code: number }) => boolean,
) => SyncProvider

export interface BoardSessionOptions {
  boardId: BoardId
  user: AwarenessUser
  assets: TLAssetStore
  serverOrigin: string
  onState: (state: BoardSyncState) => void
  /**
   * The person only looks (an observer, or an archived board): tldraw opens read-only and
   * the store attributes nothing to them, so no `user:` record is written.
   */
  readOnly?: boolean
  /** Messages worth telling the person, e.g. that the board was reloaded. */
  onNotice?: (message: string) => void
  /** Everyone connected to the board, this person first; called on every change. */
  onPeople?: (people: readonly Person[]) => void
  /**
   * The server says what this person may do has changed (the board was archived). The
   * session has stopped; the caller asks for the board's info again and opens a new one.
   */
  onAccessChanged?: () => void
  /**
   * The server closed the socket normally, which it does when a board is reopened after
   * archiving. The session reconnects as usual; the caller checks whether this person may
   * now do more (and opens a new session if so).
   */
  onAccessMaybeChanged?: () => void
  createProvider?: CreateProvider
  scheduler?: FlushScheduler
}

export interface BoardSession {
  setUser(user: AwarenessUser): void
  close(): void
}

/** Closes after which reconnecting cannot help: the board is gone or closed to us. */
const FINAL_CLOSES: ReadonlySet<number> = new Set([
  CloseCode.BoardNotFound,
  CloseCode.InvalidBoardId,
  CloseCode.Unauthorized,
  CloseCode.Forbidden,
  CloseCode.LinkRotated,
])

/**
 * Closes after which this doc must not be sent again: the server refused or lost one of
 * our updates, and reconnecting would resend it. The board is loaded afresh instead,
 * giving up unsaved local edits.
 */
const RELOAD_CLOSES: ReadonlySet<number> = new Set([
  CloseCode.StorageFailure,
  CloseCode.InvalidRecord,
  CloseCode.BoardTooLarge,
])

/** The board's rules for this person changed; what they may do must be asked again. */
const ACCESS_CLOSES: ReadonlySet<number> = new Set([CloseCode.BoardArchived])

/**
 * The server is full or we were too fast: try again, but more slowly than y-websocket's
 * own backoff (at most 2.5 s), which would keep a full server busy turning us away.
 * Nothing is lost meanwhile: the doc and its unsent edits are kept.
 */
const RETRY_LATER_CLOSES: ReadonlySet<number> = new Set([
  CloseCode.RoomFull,
  CloseCode.ServerBusy,
  CloseCode.RateLimited,
])

const MAX_RELOAD_DELAY_MS = 30_000
export const FIRST_RETRY_DELAY_MS = 2_000
export const MAX_RETRY_DELAY_MS = 60_000

/** 2 s, 4 s, 8 s, ... 60 s after the 1st, 2nd, 3rd, ... refusal in a row. */
export function retryDelay(attempt: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS)
}

/** What a close code means for the session; anything else reconnects at once. */
export type CloseAction =
  'final' | 'reload' | 'access-changed' | 'retry-later' | 'recheck-access' | 'reconnect'

export function closeAction(code: number): CloseAction {
  if (code === CloseCode.Normal) return 'recheck-access'
  if (FINAL_CLOSES.has(code)) return 'final'
  if (RELOAD_CLOSES.has(code)) return 'reload'
  if (ACCESS_CLOSES.has(code)) return 'access-changed'
  if (RETRY_LATER_CLOSES.has(code)) return 'retry-later'
  return 'reconnect'
}

const CLOSE_NAMES = new Map<number, keyof typeof CloseCode>(
  Object.entries(CloseCode).map(([name, code]) => [code, name as keyof typeof CloseCode]),
)

/** What a close code means, in the reader's language (`close.<name>` in the catalogue). */
function reasonFor(code: number): string {
  const name = isCloseCode(code) ? CLOSE_NAMES.get(code)! : 'InternalError'
  return translate(`close.${name}`)
}

export function defaultCreateProvider(boardId: BoardId, serverOrigin: string): CreateProvider {
  return (doc, shouldReconnect) =>
    new WebsocketProvider(wsServerUrl(serverOrigin), boardId, doc, {
      shouldReconnect,
      // Tabs sync only through the relay, so everything is validated and saved by the
      // server, and its close codes cover every path an update can take.
      disableBc: true,
    })
}

/**
 * One client's connection to one board: a Y.Doc, its provider, a tldraw store bound to
 * the doc once the server's first sync has arrived (never before, or an empty store
 * would be taken for the board), and presence. Reports a {@link BoardSyncState} on
 * every change. Plain TypeScript; `useBoardSync` is a thin React wrapper around it.
 */
export function openBoardSession(options: BoardSessionOptions): BoardSession {
  const { onState, onNotice = () => {}, onPeople = () => {} } = options
  const createProvider =
    options.createProvider ?? defaultCreateProvider(options.boardId, options.serverOrigin)
  let user = options.user
  let closed = false
  let reloads = 0
  let reloadTimer: ReturnType<typeof setTimeout> | null = null
  let retries = 0
  let lastRetryCode: number | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let current: Attachment | null = null

  const emit = (state: BoardSyncState) => {
    if (!closed) onState(state)
  }

  const attach = () => {
    current = attachBoard({
      user,
      assets: options.assets,
      readOnly: options.readOnly ?? false,
      createProvider,
      scheduler: options.scheduler,
      emit,
      onPeople: (people) => {
        if (!closed) onPeople(people)
      },
      onSynced: () => {
        reloads = 0
        retries = 0
        lastRetryCode = null
      },
      onClose: (code) => {
        const action = closeAction(code)
        switch (action) {
          case 'final':
            detach()
            emit({ status: 'error', message: reasonFor(code) })
            break
          case 'reload':
            onNotice(reasonFor(code))
            reload()
            break
          case 'access-changed':
            onNotice(reasonFor(code))
            detach()
            emit({ status: 'loading', connection: 'connecting' })
            options.onAccessChanged?.()
            break
          case 'retry-later':
            // Said once per run of refusals, not on every attempt.
            if (code !== lastRetryCode) onNotice(reasonFor(code))
            lastRetryCode = code
            retryLater()
            break
          case 'recheck-access':
            options.onAccessMaybeChanged?.()
            break
          case 'reconnect':
            break
          default: {
            const unhandled: never = action
            throw new Error(`Unknown close action: ${String(unhandled)}`)
          }
        }
      },
      onStopped: () => detach(),
    })
  }

  const detach = () => {
    if (retryTimer !== null) clearTimeout(retryTimer)
    retryTimer = null
    const attachment = current
    current = null
    attachment?.dispose()
  }

  const retryLater = () => {
    if (retryTimer !== null) clearTimeout(retryTimer)
    retries++
    retryTimer = setTimeout(() => {
      retryTimer = null
      if (!closed) current?.reconnect()
    }, retryDelay(retries))
  }

  const reload = () => {
    detach()
    emit({ status: 'loading', connection: 'connecting' })
    // A server that keeps failing should not be hammered: 0 s, 1 s, 2 s, 4 s, ... 30 s.
    const delay = reloads === 0 ? 0 : Math.min(1000 * 2 ** (reloads - 1), MAX_RELOAD_DELAY_MS)
    reloads++
    reloadTimer = setTimeout(() => {
      reloadTimer = null
      if (!closed) attach()
    }, delay)
  }

  attach()
  return {
    setUser(next) {
      user = next
      current?.setUser(next)
    },
    close() {
      closed = true
      if (reloadTimer !== null) clearTimeout(reloadTimer)
      detach()
    },
  }
}

interface Attachment {
  setUser(user: AwarenessUser): void
  reconnect(): void
  dispose(): void
}

interface AttachOptions {
  user: AwarenessUser
  assets: TLAssetStore
  readOnly: boolean
  onPeople: (people: readonly Person[]) => void
  createProvider: CreateProvider
  scheduler: FlushScheduler | undefined
  emit: (state: BoardSyncState) => void
  onSynced: () => void
  onClose: (code: number) => void
  /** The binding stopped for good (outdated client, unloadable board). */
  onStopped: () => void
}

function attachBoard(options: AttachOptions): Attachment {
  const { emit } = options
  let user = options.user
  let disposed = false
  const { readOnly } = options
  // tldraw attributes edits to this user by writing a `user:` record into the board;
  // someone who cannot edit has nothing to attribute and must write nothing.
  const $currentUser = atom<TLUser | null>('current user', readOnly ? null : toTLUser(user))
  const doc = new Y.Doc()
  const store = createTLStore({
    shapeUtils: [...defaultShapeUtils, ...commonGroundShapeUtils],
    bindingUtils: defaultBindingUtils,
    // The same extra migrations as shared's createBoardSchema, so the schemas match.
    migrations: [relationMigrations],
    assets: options.assets,
    users: { currentUser: $currentUser },
    // tldraw's own read-only switch: the editor follows this signal from its mount on.
    collaboration: { status: null, mode: atom('mode', readOnly ? 'readonly' : 'readwrite') },
  })
  const provider = options.createProvider(doc, ({ code }) => {
    const action = closeAction(code)
    return action === 'reconnect' || action === 'recheck-access'
  })
  setAwarenessUser(provider.awareness, user)
  // Awareness changes with every cursor move; the list is reported only when it changes.
  let people: readonly Person[] = []
  const reportPeople = () => {
    const next = peopleFromAwareness(provider.awareness.getStates(), provider.awareness.clientID)
    if (samePeople(people, next)) return
    people = next
    options.onPeople(next)
  }
  provider.awareness.on('change', reportPeople)
  reportPeople()

  let connection: ConnectionState = 'connecting'
  let binding: StoreDocBinding | null = null
  let stopRemotePresence: (() => void) | null = null
  const editors = new Map<Editor, () => void>()

  const onEditorMount = (editor: Editor) => {
    if (disposed) return () => {}
    const stop = publishEditorPresence(editor, provider.awareness, user)
    editors.set(editor, stop)
    return () => {
      editors.delete(editor)
      stop()
    }
  }

  const report = () => {
    if (disposed) return
    if (binding?.getState() === 'live') {
      emit({ status: 'ready', store, connection, onEditorMount })
    } else if (!binding) {
      emit({ status: 'loading', connection })
    }
  }
  const setConnection = (next: ConnectionState) => {
    if (next === connection) return
    connection = next
    report()
  }

  const stopWith = (state: BoardSyncState) => {
    if (disposed) return
    emit(state)
    // Called from inside a Yjs observer or a provider event: tear down afterwards.
    queueMicrotask(options.onStopped)
  }

  const bind = () => {
    binding = bindStoreToDoc(store, doc, {
      scheduler: options.scheduler,
      onOutdated: (message) => stopWith({ status: 'outdated', message }),
      onLoadFailed: (message) => stopWith({ status: 'error', message }),
      onInvalidRecord: (id, error) => console.warn(`Common Ground: skipped record ${id}`, error),
    })
    if (binding.getState() !== 'live') return
    stopRemotePresence = syncRemotePresence(store, provider.awareness, (clientId, error) =>
      console.warn(`Common Ground: skipped presence of client ${clientId}`, error),
    )
  }

  provider.on('status', ({ status }) => {
    if (status === 'connected') {
      setConnection('connecting')
      // Peers dropped our awareness entry when the old socket closed but kept its clock,
      // so a re-send at the same clock would be ignored (server/PROTOCOL.md R7). Setting
      // the state again bumps the clock and brings our cursor back at once.
      const state = provider.awareness.getLocalState()
      if (state) provider.awareness.setLocalState(state)
    } else if (status === 'disconnected') setConnection('offline')
    // 'connecting' while offline is a retry: still offline until a socket opens.
    else if (connection !== 'offline') setConnection('connecting')
  })
  provider.on('sync', (synced) => {
    if (!synced || disposed) return
    options.onSynced()
    if (!binding) bind()
    if (binding?.getState() !== 'live') return
    connection = 'live'
    report()
  })
  provider.on('connection-close', (event) => {
    if (disposed) return
    setConnection('offline')
    if (event) options.onClose(event.code)
  })
  report()

  return {
    setUser(next) {
      user = next
      if (!readOnly) $currentUser.set(toTLUser(next))
      setAwarenessUser(provider.awareness, next)
      for (const editor of editors.keys()) applyUserToEditor(editor, next)
    },
    reconnect() {
      if (!disposed) provider.connect()
    },
    dispose() {
      if (disposed) return
      disposed = true
      provider.awareness.off('change', reportPeople)
      binding?.dispose()
      stopRemotePresence?.()
      for (const stop of editors.values()) stop()
      editors.clear()
      // Tell the others we left while the socket is still open, then close it.
      provider.awareness.setLocalState(null)
      provider.destroy()
      provider.awareness.destroy()
      doc.destroy()
      // The store is not disposed: a mounted <Tldraw> may still read it until React
      // unmounts it; nothing writes to it any more.
    },
  }
}

function toTLUser(user: AwarenessUser): TLUser {
  return UserRecordType.create({ id: createUserId(user.id), name: user.name, color: user.color })
}
