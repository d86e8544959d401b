import { translate } from '../i18n/translate'
import { META_TITLE_KEY, Y_META, type AwarenessUser } from '@common-ground/shared'
import type { Editor, TLAssetStore } from 'tldraw'
import * as Y from 'yjs'
import type { Person } from '../people/people'
import { bindStoreToDoc, type StoreDocBinding } from './binding'
import type { BoardSyncState, ConnectionState } from './boardSession'
import { createBoardStore } from './boardStore'
import { closeAction } from './closePolicy'
import { openCommandChannel } from './commandChannel'
import type { FlushScheduler } from './flushScheduler'
import type { PendingEdits } from './pendingEdits'
import {
  applyUserToEditor,
  publishEditorPresence,
  setAwarenessUser,
  syncRemotePresence,
} from './presence'
import type { CreateProvider } from './provider'
import { watchPeople } from './watchPeople'

export interface Attachment {
  setUser(user: AwarenessUser): void
  reconnect(): void
  /** Forgets the edits not yet delivered, here and in the browser's storage (rule 16). */
  discardPending(): void
  dispose(): void
}

/** The origin of saved offline edits applied on opening: already in the pending list. */
const RESTORED_ORIGIN = Symbol('restored offline edits')

export interface AttachOptions {
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
  /** Edits not yet delivered, kept in the browser (SPEC.md rules 12-19). */
  pending: PendingEdits
  onNotice: (message: string) => void
}

/**
 * One attachment to a board: a fresh Y.Doc, its provider and tldraw store, bound once
 * the server's first sync has arrived (SPEC.md rule 2), and presence. A reload (rule 9)
 * disposes it and attaches anew.
 */
export function attachBoard(options: AttachOptions): Attachment {
  const { emit, pending } = options
  let user = options.user
  let disposed = false
  const { readOnly } = options
  const doc = new Y.Doc()
  const board = createBoardStore({ user, assets: options.assets, readOnly })
  const { store } = board
  const provider = options.createProvider(doc, ({ code }) => {
    const action = closeAction(code)
    return action === 'reconnect' || action === 'recheck-access'
  })
  const commands = openCommandChannel(provider)
  setAwarenessUser(provider.awareness, user)
  const stopPeople = watchPeople(provider.awareness, options.onPeople)

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

  // SPEC 45: the title the server wrote when the facilitator renamed the board (H29).
  const meta = doc.getMap<unknown>(Y_META)
  const titleOf = () => {
    const title = meta.get(META_TITLE_KEY)
    return typeof title === 'string' && title.trim() !== '' ? title : null
  }
  let title = titleOf()
  const onMeta = () => {
    if (titleOf() === title) return
    title = titleOf()
    report()
  }
  meta.observe(onMeta)

  const report = () => {
    if (disposed) return
    const waiting = pending.waiting()
    if (binding?.getState() === 'live') {
      emit({ status: 'ready', store, connection, pending: waiting, onEditorMount, commands, title })
    } else if (!binding) {
      emit({ status: 'loading', connection, pending: waiting })
    }
  }
  const stopPendingReport = pending.onChange(report)

  // Edits an earlier tab kept (rule 13). They go into the doc only once the server's
  // state is here and bound (rule 2), and never into a session that cannot write (rule 17).
  let restored: Uint8Array[] | null = null
  const applyRestored = () => {
    const updates = restored
    if (!updates || binding?.getState() !== 'live') return
    restored = []
    if (updates.length === 0) return
    // y-websocket sends these to the server like any local update.
    Y.applyUpdate(doc, Y.mergeUpdates(updates), RESTORED_ORIGIN)
    if (connection === 'live') pending.sent()
  }
  void pending.restore().then((updates) => {
    if (disposed) return
    if (readOnly && updates.length > 0) {
      pending.discard()
      options.onNotice(translate('offline.droppedReadOnly'))
      restored = []
      return
    }
    restored = updates
    applyRestored()
  })
  // Every local update is kept until delivered (rule 12); the server's own are not ours.
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (readOnly || origin === provider || origin === RESTORED_ORIGIN) return
    pending.add(update, connection === 'live')
  }
  doc.on('update', onUpdate)
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
      commands.connected()
    } else if (status === 'disconnected') {
      commands.disconnected()
      pending.unsent()
      setConnection('offline')
    }
    // 'connecting' while offline is a retry: still offline until a socket opens.
    else if (connection !== 'offline') setConnection('connecting')
  })
  provider.on('sync', (synced) => {
    if (!synced || disposed) return
    options.onSynced()
    if (!binding) bind()
    if (binding?.getState() !== 'live') return
    connection = 'live'
    pending.sent()
    applyRestored()
    report()
  })
  provider.on('connection-close', (event) => {
    if (disposed) return
    pending.unsent()
    setConnection('offline')
    if (event) options.onClose(event.code)
  })
  report()

  return {
    setUser(next) {
      user = next
      board.setUser(next)
      setAwarenessUser(provider.awareness, next)
      for (const editor of editors.keys()) applyUserToEditor(editor, next)
    },
    reconnect() {
      if (!disposed) provider.connect()
    },
    discardPending() {
      pending.discard()
    },
    dispose() {
      if (disposed) return
      disposed = true
      commands.dispose()
      meta.unobserve(onMeta)
      doc.off('update', onUpdate)
      stopPendingReport()
      pending.dispose()
      stopPeople()
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
