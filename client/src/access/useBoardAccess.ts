import type { BoardId } from '@common-ground/shared'
import { useCallback, useEffect, useState } from 'react'
import { boardsApi } from '../api/boardsApi'
import { resolveBoardAccess, type BoardAccess } from './boardAccess'

const api = boardsApi()

const replaceUrl = (path: string) => window.history.replaceState(window.history.state, '', path)

export interface BoardAccessHandle {
  /** Null while the server is being asked. */
  access: BoardAccess | null
  /**
   * Asks the server again with the session cookie (after the board was archived, or
   * after "Try again"). Each call gives a new `version`, so a session keyed on it reopens.
   */
  refresh: () => void
  version: number
}

/** Access to one board for this page: see {@link resolveBoardAccess}. */
export function useBoardAccess(boardId: BoardId): BoardAccessHandle {
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<{ version: number; access: BoardAccess } | null>(null)

  useEffect(() => {
    let active = true
    // Read at each check: once the server has answered, the token is gone from the
    // address and later checks (archiving, "Try again") rely on the cookie it set.
    void resolveBoardAccess(boardId, window.location.hash, { api, replaceUrl }).then((access) => {
      if (active) setState({ version, access })
    })
    return () => {
      active = false
    }
  }, [boardId, version])

  const refresh = useCallback(() => setVersion((current) => current + 1), [])
  // Keep showing the previous answer while re-checking, so the board does not flash.
  return { access: state?.access ?? null, refresh, version: state?.version ?? version }
}
