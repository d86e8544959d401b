import type { BoardId } from '@common-ground/shared'
import { lazy, Suspense, useEffect, useState } from 'react'
import { useBoardAccess } from '../access/useBoardAccess'
import { loadConfig } from '../app/useClientConfig'
import { useDocumentTitle } from '../app/useDocumentTitle'
import { useT } from '../i18n/useT'
import { JoinPage } from '../join/JoinPage'
import { useStoredUser } from '../join/useStoredUser'
import { AccessChecking, AccessProblem } from './AccessPages'
import { BoardLoading } from './BoardStates'

// The canvas (tldraw, Yjs) is most of the app's weight. Loading it separately lets the
// home and join pages show at once on a slow phone while it downloads.
const loadSession = () => import('./BoardSession')
const BoardSession = lazy(() => loadSession().then((module) => ({ default: module.BoardSession })))
// SPEC 50: an archived board opens to its read view, which needs tldraw too.
const ArchiveReadView = lazy(() =>
  import('../history/ArchiveReadView').then((module) => ({ default: module.ArchiveReadView })),
)

/**
 * `/b/<id>`: first what this person may do on the board (from their link or an earlier
 * visit's session), then their name, then the board itself.
 */
export function BoardPage({ boardId }: { boardId: BoardId }) {
  const { access, refresh, version } = useBoardAccess(boardId)
  const { draft, user, save } = useStoredUser()
  const { t } = useT()
  // Someone who just joined without picking a colour moves off a colour already worn.
  const [pickFreeColor, setPickFreeColor] = useState(false)
  const title = access?.kind === 'granted' ? access.info.title : ''
  useDocumentTitle(title || t('access.boardTitle', { id: boardId }))

  // Start the download while the server is asked and the participant types their name.
  useEffect(() => {
    void loadSession()
    void loadConfig()
  }, [])

  if (access === null) return <AccessChecking />
  if (access.kind !== 'granted') return <AccessProblem access={access} onRetry={refresh} />

  const { info } = access
  // SPEC 50: nobody joins a board that cannot change: no name asked, straight to reading.
  if (info.archived) {
    return (
      <Suspense fallback={<BoardLoading />}>
        <ArchiveReadView info={info} onArchivedChange={refresh} />
      </Suspense>
    )
  }
  if (user === null) {
    return (
      <JoinPage
        draft={draft}
        boardTitle={info.title}
        viewOnly={info.role === 'observer'}
        onJoin={(details) => {
          setPickFreeColor(details.colorChosen !== true)
          save(details)
        }}
      />
    )
  }
  return (
    <Suspense fallback={<BoardLoading />}>
      <BoardSession
        info={info}
        accessVersion={version}
        user={user}
        onChangeUser={save}
        pickFreeColor={pickFreeColor}
        recheckAccess={refresh}
      />
    </Suspense>
  )
}
