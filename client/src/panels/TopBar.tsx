import { boardPagePath, type BoardId } from '@common-ground/shared'
import { useState } from 'react'
import { ChangeNameDialog } from '../join/ChangeNameDialog'
import type { StoredUser } from '../join/storedUser'
import type { UserColor } from '../join/userColors'
import type { ConnectionState } from '../sync/useBoardSync'
import { ConnectionStatus } from './ConnectionStatus'
import { CopyLinkButton } from './CopyLinkButton'
import { UserButton } from './UserButton'

export interface TopBarProps {
  boardId: BoardId
  user: StoredUser
  /**
   * Null once the board has failed or needs a reload: nothing is syncing then, and
   * "your edits will sync" would be untrue. The page's message says what happened.
   */
  connection: ConnectionState | null
  onChangeUser: (name: string, color: UserColor) => void
}

export function TopBar({ boardId, user, connection, onChangeUser }: TopBarProps) {
  const [editingName, setEditingName] = useState(false)
  const boardUrl = new URL(boardPagePath(boardId), window.location.origin).href

  return (
    <header className="top-bar">
      <div className="top-bar-start">
        <a className="brand" href="/">
          Common Ground
        </a>
        <span className="board-id" data-testid="board-id">
          <span className="visually-hidden">Board </span>
          {boardId}
        </span>
      </div>
      {connection !== null && <ConnectionStatus state={connection} />}
      <div className="top-bar-end">
        <CopyLinkButton url={boardUrl} />
        <UserButton user={user} onClick={() => setEditingName(true)} />
      </div>
      {editingName && (
        <ChangeNameDialog user={user} onSave={onChangeUser} onClose={() => setEditingName(false)} />
      )}
    </header>
  )
}
