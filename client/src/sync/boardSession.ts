import type { CommandSender } from './commandChannel'
import type { AwarenessUser, BoardId } from '@common-ground/shared'
import type { Editor, TLAssetStore, TLStore } from 'tldraw'
import type { Person } from '../people/people'
import { attachBoard, type Attachment } from './attachBoard'
import { closeAction, MAX_RELOAD_DELAY_MS, reasonFor, retryDelay } from './closePolicy'
import type { FlushScheduler } from './flushScheduler'
import { createPendingEdits } from './pendingEdits'
import { indexedDbPendingStorage, type PendingStorage } from './pendingStorage'
import { defaultCreateProvider, type CreateProvider } from './provider'

export { closeAction, retryDelay, type CloseAction } from './closePolicy'
export type { CreateProvider, SyncProvider } from './provider'

export type ConnectionState = 'connecting' | 'live' | 'offline'

export type BoardSyncState =
  | { status: 'loading'; connection: ConnectionState; pending: number }
  | {
      status: 'ready'
      store: TLStore
      connection: ConnectionState
      /** Local edits not yet sent to the server (SPEC.md rule 19). */
      pending: number
      onEditorMount: (editor: Editor) => () => void
      /** Commands to the room (SPEC 22): rating, for now. */
      commands: CommandSender
      /** The title the server wrote into the board when it was renamed (SPEC 45), if any. */
      title?: string | null
    }
  | { status: 'outdated'; message: string }
  | { status: 'error'; message: string }

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
  /** Where edits not yet delivered are kept; IndexedDB by default (SPEC.md rule 12). */
  pendingStorage?: PendingStorage
  scheduler?: FlushScheduler
}

export interface BoardSession {
  setUser(user: AwarenessUser): void
  close(): void
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

  const pendingStorage = options.pendingStorage ?? indexedDbPendingStorage()

  const attach = () => {
    current = attachBoard({
      pending: createPendingEdits({ boardId: options.boardId, storage: pendingStorage }),
      onNotice: (message) => {
        if (!closed) onNotice(message)
      },
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
            // Never deliverable: the board is gone or closed to this link (rule 18).
            current?.discardPending()
            detach()
            emit({ status: 'error', message: reasonFor(code) })
            break
          case 'reload':
            // The server refused one of these edits: resending them would fail forever
            // (rule 16), so the browser's copy goes with the doc.
            current?.discardPending()
            onNotice(reasonFor(code))
            reload()
            break
          case 'access-changed':
            // Archived: nothing made here can be saved any more (rule 17).
            current?.discardPending()
            onNotice(reasonFor(code))
            detach()
            emit({ status: 'loading', connection: 'connecting', pending: 0 })
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
    emit({ status: 'loading', connection: 'connecting', pending: 0 })
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
