import type { BoardId, InvitationResponse, ServerInfo } from '@common-ground/shared'
import { useEffect, useState } from 'react'
import { boardsApi } from '../api/boardsApi'

const api = boardsApi()

export interface Invitation {
  /** Null while asking, or when the server could not say. */
  invitation: InvitationResponse | null
  server: ServerInfo | null
}

/**
 * The facilitator's own link, the join code and where links point, asked again whenever
 * the participant link changes (a new link has a new code).
 */
export function useInvitation(boardId: BoardId, participantLink: string | null): Invitation {
  const [state, setState] = useState<Invitation>({ invitation: null, server: null })
  useEffect(() => {
    if (participantLink === null) return
    let active = true
    void Promise.all([api.getInvitation(boardId), api.getServerInfo()]).then(
      ([invitation, server]) => {
        if (!active) return
        setState({
          invitation: invitation.ok ? invitation.value : null,
          server: server.ok ? server.value : null,
        })
      },
    )
    return () => {
      active = false
    }
  }, [boardId, participantLink])
  return state
}
