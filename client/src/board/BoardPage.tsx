import type { BoardId } from '@common-ground/shared'
import { lazy, Suspense, useEffect } from 'react'
import { useDocumentTitle } from '../app/useDocumentTitle'
import { JoinPage } from '../join/JoinPage'
import { useStoredUser } from '../join/useStoredUser'
import { BoardLoading } from './BoardStates'

// The canvas (tldraw, Yjs) is most of the app's weight. Loading it separately lets the
// home and join pages show at once on a slow phone while it downloads.
const loadSession = () => import('./BoardSession')
const BoardSession = lazy(() => loadSession().then((module) => ({ default: module.BoardSession })))

export function BoardPage({ boardId }: { boardId: BoardId }) {
  const { draft, user, save } = useStoredUser()
  useDocumentTitle(`Board ${boardId}`)

  // Start the download while the participant types their name.
  useEffect(() => {
    void loadSession()
  }, [])

  if (user === null) return <JoinPage draft={draft} onJoin={save} />
  return (
    <Suspense fallback={<BoardLoading />}>
      <BoardSession boardId={boardId} user={user} onChangeUser={save} />
    </Suspense>
  )
}
