import type { AwarenessUser, BoardId } from '@common-ground/shared'
import { useEffect, useRef, useState } from 'react'
import type { TLAssetStore } from 'tldraw'
import { openBoardSession, type BoardSession, type BoardSyncState } from './boardSession'

export type { BoardSyncState, ConnectionState } from './boardSession'

export interface UseBoardSyncOptions {
  boardId: BoardId
  user: AwarenessUser
  /** Read once per board: the store is built around it. */
  assets: TLAssetStore
  /** Defaults to the page's own origin. */
  serverOrigin?: string
  /** Called with messages worth showing, e.g. that the board was reloaded after a server error. */
  onNotice?: (message: string) => void
}

const LOADING: BoardSyncState = { status: 'loading', connection: 'connecting' }

/**
 * Connects to a board and keeps a tldraw store in sync with it. Until the server's
 * first sync the state is `loading`; then `ready`, with the store to give `<Tldraw>`
 * and `onEditorMount` for its `onMount`. A new board id (or server) starts a new
 * session; a new `user` only updates name and colour. All logic lives in
 * `openBoardSession`; this only ties its lifetime to the component.
 */
export function useBoardSync(options: UseBoardSyncOptions): BoardSyncState {
  const { boardId, user, assets, onNotice } = options
  const serverOrigin = options.serverOrigin ?? location.origin
  const sessionKey = `${serverOrigin} ${boardId}`
  const [reported, setReported] = useState<{ key: string; state: BoardSyncState } | null>(null)
  const session = useRef<BoardSession | null>(null)
  const latest = useRef({ user, assets, onNotice })

  // Declared before the session effect so that it runs first and a new session starts
  // with the current user and assets.
  useEffect(() => {
    latest.current = { user, assets, onNotice }
    session.current?.setUser(user)
  }, [user, assets, onNotice])

  useEffect(() => {
    const opened = openBoardSession({
      boardId,
      serverOrigin,
      user: latest.current.user,
      assets: latest.current.assets,
      onState: (state) => setReported({ key: sessionKey, state }),
      onNotice: (message) => latest.current.onNotice?.(message),
    })
    session.current = opened
    return () => {
      session.current = null
      opened.close()
    }
  }, [boardId, serverOrigin, sessionKey])

  return reported?.key === sessionKey ? reported.state : LOADING
}
