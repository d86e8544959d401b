import { canWrite, mayLock, type AwarenessUser, type BoardInfo } from '@common-ground/shared'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Editor } from 'tldraw'
import { FALLBACK_CONFIG, resolveLicenseKey } from '../app/clientConfig'
import { useClientConfig } from '../app/useClientConfig'
import { useDocumentTitle } from '../app/useDocumentTitle'
import { createAssetStore } from '../canvas/assetStore'
import { AddMenu } from '../canvas/AddMenu'
import { BoardCanvas } from '../canvas/BoardCanvas'
import { exposeEditor } from '../canvas/editorHandle'
import { createHeadlessEditor } from '../canvas/headlessEditor'
import { usePendingImport } from '../exports/pendingImport'
import { LicenceNotice } from '../canvas/LicenceNotice'
import { RelationPicker } from '../canvas/RelationPicker'
import { useT } from '../i18n/useT'
import type { StoredUser, UserDetails } from '../join/storedUser'
import { notices } from '../panels/notices'
import { RatingsProvider } from '../ratings/RatingsContext'
import { FacilitationControls } from '../facilitation/FacilitationControls'
import { SessionBar } from '../session/SessionBar'
import { SessionCommandsProvider } from '../voting/SessionCommands'
import { usePrivateFrameGuard } from '../privateMode/usePrivateFrameGuard'
import { offlineCommands } from '../sync/commandChannel'
import { Notices } from '../panels/Notices'
import { TopBar } from '../panels/TopBar'
import { PeoplePanel } from '../people/PeoplePanel'
import { usePeopleAnnouncements } from '../people/usePeopleAnnouncements'
import { useFreeColor } from '../join/useFreeColor'
import { useBoardSync } from '../sync/useBoardSync'
import { BoardPanel } from '../views/BoardPanel'
import type { Participant } from '../views/participant'
import { BoardError, BoardLoading, BoardOutdated } from './BoardStates'

const showNotice = (message: string) => void notices.post(message)

export interface BoardSessionProps {
  info: BoardInfo
  /** Counts the answers about this person's access; a new one follows each recheck. */
  accessVersion: number
  user: StoredUser
  onChangeUser: (details: UserDetails) => void
  /** Ask the server again what this person may do (the board was archived or reopened). */
  recheckAccess: () => void
  /** Change to a colour nobody present wears, if this one is taken (they just joined). */
  pickFreeColor?: boolean
}

/** One participant on one board: the top bar, the canvas, and everything between. */
export function BoardSession({
  info,
  accessVersion,
  user,
  onChangeUser,
  recheckAccess,
  pickFreeColor = false,
}: BoardSessionProps) {
  const { t } = useT()
  const { id: boardId, role, archived } = info
  const readOnly = !canWrite(role, archived)
  // SPEC 20: who this person is comes from the server (A12), not from this browser's
  // storage: the server checks per-person records against it.
  const id = info.personId
  const { name, color, takesPartAs } = user
  const awarenessUser = useMemo<AwarenessUser>(
    () => (takesPartAs ? { id, name, color, takesPartAs, role } : { id, name, color, role }),
    [id, name, color, takesPartAs, role],
  )
  const config = useClientConfig()

  const assets = useMemo(
    () =>
      createAssetStore({
        boardId,
        policy: FALLBACK_CONFIG,
        notify: showNotice,
      }),
    [boardId],
  )
  useEffect(() => {
    if (config) assets.setPolicy(config)
  }, [assets, config])

  // A session stopped by the server (the board was archived) opens again once the new
  // answer about access has arrived, even if it changed nothing visible here.
  const [generation, setGeneration] = useState(0)
  const [stoppedAt, setStoppedAt] = useState<number | null>(null)
  if (stoppedAt !== null && accessVersion > stoppedAt) {
    setStoppedAt(null)
    setGeneration(generation + 1)
  }
  const onAccessChanged = useCallback(() => {
    setStoppedAt(accessVersion)
    recheckAccess()
  }, [accessVersion, recheckAccess])

  const { state: sync, people } = useBoardSync({
    boardId,
    user: awarenessUser,
    assets,
    readOnly,
    generation,
    onNotice: showNotice,
    onAccessChanged,
    onAccessMaybeChanged: recheckAccess,
  })

  const peoplePanelId = useId()
  const peopleToggleRef = useRef<HTMLButtonElement>(null)
  const [peopleOpen, setPeopleOpen] = useState(false)
  const connection = sync.status === 'loading' || sync.status === 'ready' ? sync.connection : null
  const pendingChanges = sync.status === 'loading' || sync.status === 'ready' ? sync.pending : 0
  const announcement = usePeopleAnnouncements(people, connection)
  useFreeColor(pickFreeColor && connection === 'live', user, people, onChangeUser)

  const viewsPanelId = useId()
  const viewsToggleRef = useRef<HTMLButtonElement>(null)
  const [viewsOpen, setViewsOpen] = useState(false)
  const [editor, setEditor] = useState<Editor | null>(null)
  usePrivateFrameGuard(editor)
  const participant = useMemo<Participant>(
    () => (takesPartAs ? { id, name, takesPartAs } : { id, name }),
    [id, name, takesPartAs],
  )
  const live = sync.status === 'ready' && editor !== null
  // SPEC 45: a rename reaches everyone through the board (H29); this page's own rename
  // shows before its echo arrives.
  const syncedTitle = sync.status === 'ready' ? (sync.title ?? null) : null
  const [renamed, setRenamed] = useState<{ title: string; over: string | null } | null>(null)
  const title =
    renamed !== null && renamed.over === syncedTitle ? renamed.title : (syncedTitle ?? info.title)
  useDocumentTitle(title)
  const onPendingImport = useCallback(
    (count: number) => notices.post(t('exports.tldr.importedNew', { count })),
    [t],
  )
  usePendingImport(boardId, live ? editor : null, !readOnly, onPendingImport)

  // Without a licence on a public address tldraw hides the canvas; the board stays usable
  // through the panel, over an editor without a canvas.
  const [canvasHidden, setCanvasHidden] = useState(false)
  const onCanvasHidden = useCallback(() => {
    setCanvasHidden(true)
    setViewsOpen(true)
  }, [])
  const readyStore = sync.status === 'ready' ? sync.store : null
  const onEditorMount = sync.status === 'ready' ? sync.onEditorMount : null
  useEffect(() => {
    if (!canvasHidden || readyStore === null || onEditorMount === null) return
    const headless = createHeadlessEditor(readyStore)
    const stopSync = onEditorMount(headless.editor)
    const withdraw = exposeEditor(headless.editor)
    // The editor is made here, outside React, and handed to the panel like tldraw's own.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEditor(headless.editor)
    return () => {
      setEditor(null)
      withdraw()
      stopSync()
      headless.dispose()
    }
  }, [canvasHidden, readyStore, onEditorMount])

  let content
  switch (sync.status) {
    case 'loading':
      content = <BoardLoading />
      break
    case 'ready':
      // The licence key is read once, when tldraw mounts: wait for the config (which
      // gives up after a few seconds and falls back) rather than mount without it.
      content =
        config === null ? (
          <BoardLoading />
        ) : (
          <>
            {canvasHidden && <LicenceNotice onOpenPanel={() => setViewsOpen(true)} />}
            <BoardCanvas
              store={sync.store}
              onEditorMount={sync.onEditorMount}
              onEditor={setEditor}
              licenseKey={resolveLicenseKey(config, import.meta.env.VITE_TLDRAW_LICENSE_KEY)}
              policy={config}
              canLock={mayLock({ role })}
              onCanvasHidden={onCanvasHidden}
            />
          </>
        )
      break
    case 'outdated':
      content = <BoardOutdated message={sync.message} />
      break
    case 'error':
      content = <BoardError message={sync.message} />
      break
    default:
      content = unreachable(sync)
  }

  return (
    <div className="board-layout" data-read-only={readOnly}>
      <TopBar
        boardId={boardId}
        title={title}
        role={role}
        archived={archived}
        readOnly={readOnly}
        user={user}
        connection={connection}
        pendingChanges={pendingChanges}
        peopleCount={people.length}
        peopleOpen={peopleOpen}
        peoplePanelId={peoplePanelId}
        peopleToggleRef={peopleToggleRef}
        onTogglePeople={() => setPeopleOpen((open) => !open)}
        viewsOpen={viewsOpen}
        viewsPanelId={viewsPanelId}
        viewsToggleRef={viewsToggleRef}
        viewsAvailable={live}
        onToggleViews={() => setViewsOpen((open) => !open)}
        onChangeUser={onChangeUser}
        onArchivedChange={recheckAccess}
        onRenamed={(renamedTitle) => setRenamed({ title: renamedTitle, over: syncedTitle })}
      />
      <SessionCommandsProvider
        commands={sync.status === 'ready' ? sync.commands : offlineCommands}
        userName={user.name}
      >
        {sync.status === 'ready' && editor !== null && (
          <SessionBar
            editor={editor}
            commands={sync.commands}
            role={role}
            myId={id}
            people={people}
            extraControls={!readOnly && <FacilitationControls editor={editor} />}
          />
        )}
        <RatingsProvider commands={sync.status === 'ready' ? sync.commands : offlineCommands}>
          <main
            className="board-main"
            aria-label={t('board.region')}
            data-views-open={live && viewsOpen}
          >
            <div className="board-stage">
              <Notices />
              {content}
              {live && !readOnly && <AddMenu editor={editor} participant={participant} />}
              {live && !readOnly && <RelationPicker editor={editor} />}
              <PeoplePanel
                id={peoplePanelId}
                people={people}
                open={peopleOpen}
                onClose={() => setPeopleOpen(false)}
                toggleRef={peopleToggleRef}
              />
            </div>
            {live && (
              <BoardPanel
                id={viewsPanelId}
                boardId={boardId}
                title={title}
                editor={editor}
                readOnly={readOnly}
                participant={participant}
                open={viewsOpen}
                onClose={() => setViewsOpen(false)}
                toggleRef={viewsToggleRef}
              />
            )}
          </main>
        </RatingsProvider>
      </SessionCommandsProvider>
      <p className="visually-hidden" aria-live="polite" data-testid="people-announcement">
        {announcement}
      </p>
    </div>
  )
}

function unreachable(value: never): never {
  throw new Error(`Unknown board state: ${JSON.stringify(value)}`)
}
