import { useEffect, useId, useMemo, useRef, useState } from 'react'
import {
  apiPaths,
  TAKES_PART_AS,
  type BoardInfo,
  type BoardSummaryResponse,
} from '@common-ground/shared'
import type { Editor } from 'tldraw'
import { useDocumentTitle } from '../app/useDocumentTitle'
import { BoardLoading } from '../board/BoardStates'
import { LanguagePicker } from '../i18n/LanguagePicker'
import { useT } from '../i18n/useT'
import { Notices } from '../panels/Notices'
import { ShareDialog } from '../share/ShareDialog'
import { BoardPanel } from '../views/BoardPanel'
import { ExportLinks } from '../views/ExportLinks'
import { boardFrames } from './boardFrames'
import { formatDay, formatTime } from './formatTime'
import { historyApi } from './historyApi'
import { ReadOnlyBoard } from './ReadOnlyBoard'
import '../board/BoardLayout.css'
import './history.css'
import './readView.css'

interface ArchivedBoard {
  summary: BoardSummaryResponse
  records: Record<string, unknown>
  schema: unknown
}

const READER = { id: '', name: '' }

/**
 * SPEC 50–52: an archived board opens here, with no join form: nobody joins a board that
 * cannot change. Its title, the dates of its session, how many took part by way of taking
 * part (never who), its stages and frames, the board on a read-only canvas, the same
 * tables as a live board (read-only), and every download.
 */
export function ArchiveReadView({
  info,
  onArchivedChange,
}: {
  info: BoardInfo
  onArchivedChange: () => void
}) {
  const { t, words, language } = useT()
  const api = useMemo(() => historyApi(), [])
  const [board, setBoard] = useState<ArchivedBoard | string | null>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  // Closed at first: the board gets the room, and focus stays at the top of the page.
  const [tablesOpen, setTablesOpen] = useState(false)
  const [sharing, setSharing] = useState(false)
  const tablesToggleRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const headingId = useId()
  useDocumentTitle(info.title)

  useEffect(() => {
    let live = true
    void (async () => {
      const summary = await api.summary(info.id)
      if (!summary.ok) {
        if (live) setBoard(summary.message)
        return
      }
      const response = await fetch(apiPaths.boardExport(info.id, 'board.json'), {
        credentials: 'same-origin',
      }).catch(() => null)
      const body = (await response?.json().catch(() => null)) as {
        records?: Record<string, unknown>
        schema?: unknown
        message?: string
      } | null
      if (!live) return
      if (!response?.ok || body?.records === undefined) {
        setBoard(body?.message ?? t('api.other'))
        return
      }
      setBoard({ summary: summary.value, records: body.records, schema: body.schema })
    })()
    return () => {
      live = false
    }
  }, [api, info.id, t])

  const frames = useMemo(
    () => (board !== null && typeof board !== 'string' ? boardFrames(board.records) : []),
    [board],
  )
  if (board === null) return <BoardLoading />
  if (typeof board === 'string') {
    return (
      <div className="board-state" role="alert" data-testid="read-view-error">
        <h1>{info.title}</h1>
        <p>{board}</p>
      </div>
    )
  }
  const { summary } = board
  const participation = summary.participation
  const title = summary.title

  return (
    <div className="read-view" data-testid="read-view">
      <header className="top-bar">
        <div className="top-bar-start">
          <a className="brand" href="/">
            Common Ground
          </a>
          <span className="badge" data-testid="archived-badge">
            {t('read.badge')}
          </span>
        </div>
        <div className="top-bar-end">
          <button
            ref={tablesToggleRef}
            type="button"
            className="button"
            aria-expanded={tablesOpen}
            aria-controls={panelId}
            disabled={editor === null}
            onClick={() => setTablesOpen((open) => !open)}
          >
            {t('read.views')}
          </button>
          {info.role === 'facilitator' && (
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
        </div>
      </header>
      <main className="read-main" aria-labelledby={headingId}>
        <section className="read-summary" aria-labelledby={headingId}>
          <h1 id={headingId} data-testid="board-title">
            {title}
          </h1>
          <p>{t('read.intro')}</p>
          <h2>{t('read.session')}</h2>
          <p data-testid="read-dates">
            {summary.started !== null && summary.ended !== null
              ? t('read.dates', {
                  start: formatTime(summary.started, language),
                  end: formatTime(summary.ended, language),
                })
              : t('read.noDates')}
          </p>
          {summary.archivedAt !== null && (
            <p>{t('read.archivedOn', { date: formatDay(summary.archivedAt, language) })}</p>
          )}
          <p data-testid="read-people">
            {participation.people > 0
              ? t('read.people', { count: participation.people })
              : t('read.noPeople')}
          </p>
          {participation.people > 0 && (
            <>
              <h3>{t('read.byGroup')}</h3>
              <ul className="read-groups" data-testid="read-groups">
                {TAKES_PART_AS.filter((group) => participation.byGroup[group.id] > 0).map(
                  (group) => (
                    <li key={group.id}>
                      <span>
                        {group.id === 'not-said'
                          ? t('join.takesPart.not-said')
                          : words.role(group.id)}
                      </span>
                      <span className="read-count">{participation.byGroup[group.id]}</span>
                    </li>
                  ),
                )}
              </ul>
            </>
          )}
          <h2>{t('read.stages')}</h2>
          {frames.length === 0 ? (
            <p>{t('read.noStages')}</p>
          ) : (
            <ul className="read-frames" data-testid="read-frames">
              {frames.map((frame) => (
                <li key={frame.id}>
                  {editor === null ? (
                    frame.name || t('common.untitled')
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        editor.zoomToBounds(editor.getShapePageBounds(frame.id as never)!, {
                          inset: 32,
                        })
                      }
                    >
                      {frame.name || t('common.untitled')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('read.downloads')}</h2>
          <ExportLinks boardId={info.id} title={info.title} editor={editor} readOnly />
        </section>
        <section className="read-board" aria-label={t('read.board')}>
          <Notices />
          <div className="read-canvas">
            <ReadOnlyBoard
              boardId={info.id}
              records={board.records}
              schema={board.schema}
              onEditor={setEditor}
              unreadable={t('close.BoardTooNew')}
            />
          </div>
        </section>
        {editor !== null && (
          <BoardPanel
            id={panelId}
            boardId={info.id}
            title={info.title}
            editor={editor}
            readOnly
            participant={READER}
            open={tablesOpen}
            onClose={() => setTablesOpen(false)}
            toggleRef={tablesToggleRef}
          />
        )}
      </main>
      {sharing && (
        <ShareDialog
          boardId={info.id}
          boardTitle={title}
          archived
          onArchivedChange={onArchivedChange}
          onClose={() => setSharing(false)}
        />
      )}
    </div>
  )
}
