import type { AwarenessUser, BoardId } from '@common-ground/shared'
import { useEffect, useRef, useState } from 'react'
import type { TLAssetStore } from 'tldraw'
import type { Person } from '../people/people'
import { openBoardSession, type BoardSession, type BoardSyncState } from './boardSession'

export type { BoardSyncState, ConnectionState } from './boardSession'

export interface UseBoardSyncOptions {
  boardId: BoardId
  user: AwarenessUser
  /** Read once per board: the store is built around it. */
  assets: TLAssetStore
  /** Read once per board: opens tldraw read-only (observers, archived boards). */
  readOnly: boolean
  /** A new value opens a new session, e.g. after the server changed this person's access. */
  generation?: number
  /** Defaults to the page's own origin. */
  serverOrigin?: string
  /** Called with messages worth showing, e.g. that the board was reloaded after a server error. */
  onNotice?: (message: string) => void
  /** The server changed what this person may do; the session has stopped. */
  onAccessChanged?: () => void
  /** The server may have changed what this person may do; the session carries on. */
  onAccessMaybeChanged?: () => void
}

export interface BoardSync {
  state: BoardSyncState
  /** Everyone connected, this person first. */
  people: readonly Person[]
}

const LOADING: BoardSyncState = { status: 'loading', connection: 'connecting', pending: 0 }
const NOBODY: readonly Person[] = []

/**
 * Connects to a board and keeps a tldraw store in sync with it. Until the server's
 * first sync the state is `loading`; then `ready`, with the store to give `<Tldraw>`
 * and `onEditorMount` for its `onMount`. A new board id (or server) starts a new
 * session; a new `user` only updates name and colour. All logic lives in
 * `openBoardSession`; this only ties its lifetime to the component.
 */
export function useBoardSync(options: UseBoardSyncOptions): BoardSync {
  const { boardId, user, assets, readOnly, generation = 0 } = options
  const { onNotice, onAccessChanged, onAccessMaybeChanged } = options
  const serverOrigin = options.serverOrigin ?? location.origin
  const sessionKey = `${serverOrigin} ${boardId} ${readOnly ? 'read' : 'write'} ${generation}`
  const [reported, setReported] = useState<{ key: string; state: BoardSyncState } | null>(null)
  const [people, setPeople] = useState<{ key: string; list: readonly Person[] } | null>(null)
  const session = useRef<BoardSession | null>(null)
  const latest = useRef({ user, assets, onNotice, onAccessChanged, onAccessMaybeChanged })

  // Declared before the session effect so that it runs first and a new session starts
  // with the current user and assets.
  useEffect(() => {
    latest.current = { user, assets, onNotice, onAccessChanged, onAccessMaybeChanged }
    session.current?.setUser(user)
  }, [user, assets, onNotice, onAccessChanged, onAccessMaybeChanged])

  useEffect(() => {
    const opened = openBoardSession({
      boardId,
      serverOrigin,
      readOnly,
      user: latest.current.user,
      assets: latest.current.assets,
      onState: (state) => setReported({ key: sessionKey, state }),
      onPeople: (list) => setPeople({ key: sessionKey, list }),
      onNotice: (message) => latest.current.onNotice?.(message),
      onAccessChanged: () => latest.current.onAccessChanged?.(),
      onAccessMaybeChanged: () => latest.current.onAccessMaybeChanged?.(),
    })
    session.current = opened
    return () => {
      session.current = null
      opened.close()
    }
  }, [boardId, serverOrigin, readOnly, sessionKey])

  return {
    state: reported?.key === sessionKey ? reported.state : LOADING,
    people: people?.key === sessionKey ? people.list : NOBODY,
  }
}
