import type { BoardId, Role } from '@common-ground/shared'
import './topBarPhone.css'
import { useState, type RefObject } from 'react'
import { LanguagePicker } from '../i18n/LanguagePicker'
import { useT } from '../i18n/useT'
import { ChangeNameDialog } from '../join/ChangeNameDialog'
import type { StoredUser, UserDetails } from '../join/storedUser'
import { HistoryDialog } from '../history/HistoryDialog'
import { RenameDialog } from '../history/RenameDialog'
import { ShareDialog } from '../share/ShareDialog'
import type { ConnectionState } from '../sync/useBoardSync'
import { ConnectionStatus } from './ConnectionStatus'
import { UserButton } from './UserButton'

export interface TopBarProps {
  boardId: BoardId
  title: string
  role: Role
  archived: boolean
  /** Nobody can change the board from here: an observer, or an archived board. */
  readOnly: boolean
  user: StoredUser
  /**
   * Null once the board has failed or needs a reload: nothing is syncing then, and
   * "your edits will sync" would be untrue. The page's message says what happened.
   */
  connection: ConnectionState | null
  /** Local edits not yet sent (kept in the browser meanwhile). */
  pendingChanges?: number
  peopleCount: number
  peopleOpen: boolean
  peoplePanelId: string
  peopleToggleRef: RefObject<HTMLButtonElement | null>
  onTogglePeople: () => void
  /** The board views panel (tables and forms beside the canvas). */
  viewsOpen: boolean
  viewsPanelId: string
  viewsToggleRef: RefObject<HTMLButtonElement | null>
  /** False until the canvas is live: the views read and write through its editor. */
  viewsAvailable: boolean
  onToggleViews: () => void
  onChangeUser: (details: UserDetails) => void
  onArchivedChange: () => void
  /** The facilitator renamed the board (SPEC 49); the page shows the new title at once. */
  onRenamed?: (title: string) => void
}

export function TopBar({
  boardId,
  title,
  role,
  archived,
  readOnly,
  user,
  connection,
  pendingChanges = 0,
  peopleCount,
  peopleOpen,
  peoplePanelId,
  peopleToggleRef,
  onTogglePeople,
  viewsOpen,
  viewsPanelId,
  viewsToggleRef,
  viewsAvailable,
  onToggleViews,
  onChangeUser,
  onArchivedChange,
  onRenamed,
}: TopBarProps) {
  const { t } = useT()
  const [editingName, setEditingName] = useState(false)
  const [sharing, setSharing] = useState(false)
  const [historyOpen, setHistoryOpen] = useState(false)
  const [renaming, setRenaming] = useState(false)
  const facilitator = role === 'facilitator'

  return (
    <header className="top-bar">
      <div className="top-bar-start">
        <a className="brand" href="/">
          Common Ground
        </a>
        <span className="board-title" data-testid="board-title" title={title}>
          {title}
        </span>
        {readOnly && (
          <span className="badge" data-testid="view-only-badge">
            {t('common.viewOnly')}
          </span>
        )}
        {archived && (
          <span className="badge" data-testid="archived-badge">
            {t('common.archived')}
          </span>
        )}
      </div>
      {connection !== null && <ConnectionStatus state={connection} pending={pendingChanges} />}
      <div className="top-bar-end">
        {viewsAvailable && (
          <button
            ref={viewsToggleRef}
            type="button"
            className="button"
            data-testid="views-toggle"
            aria-expanded={viewsOpen}
            aria-controls={viewsPanelId}
            onClick={onToggleViews}
          >
            {t('topBar.views')}
          </button>
        )}
        <button
          ref={peopleToggleRef}
          type="button"
          className="button"
          data-testid="people-toggle"
          aria-expanded={peopleOpen}
          aria-controls={peoplePanelId}
          onClick={onTogglePeople}
        >
          {t('topBar.people', { count: peopleCount })}
        </button>
        {/* SPEC 46: anyone who can edit sees the history; the server says what they may do. */}
        {!readOnly && (
          <button
            type="button"
            className="button"
            data-testid="history-button"
            aria-haspopup="dialog"
            onClick={() => setHistoryOpen(true)}
          >
            {t('history.open')}
          </button>
        )}
        {facilitator && !archived && (
          <button
            type="button"
            className="button"
            data-testid="rename-button"
            aria-haspopup="dialog"
            onClick={() => setRenaming(true)}
          >
            {t('rename.open')}
          </button>
        )}
        {role === 'facilitator' && (
          <button
            type="button"
            className="button"
            data-testid="share-button"
            aria-haspopup="dialog"
            onClick={() => setSharing(true)}
          >
            {t('topBar.share')}
          </button>
        )}
        <LanguagePicker className="top-bar-language" />
        <UserButton user={user} onClick={() => setEditingName(true)} />
      </div>
      {editingName && (
        <ChangeNameDialog user={user} onSave={onChangeUser} onClose={() => setEditingName(false)} />
      )}
      {historyOpen && (
        <HistoryDialog
          boardId={boardId}
          facilitator={facilitator}
          onClose={() => setHistoryOpen(false)}
        />
      )}
      {renaming && (
        <RenameDialog
          boardId={boardId}
          title={title}
          onRenamed={(renamed) => onRenamed?.(renamed)}
          onClose={() => setRenaming(false)}
        />
      )}
      {sharing && (
        <ShareDialog
          boardId={boardId}
          boardTitle={title}
          archived={archived}
          onArchivedChange={onArchivedChange}
          onClose={() => setSharing(false)}
        />
      )}
    </header>
  )
}
