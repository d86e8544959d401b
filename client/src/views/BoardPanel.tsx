import { useT, type UiKey } from '../i18n/useT'
import type { BoardId } from '@common-ground/shared'
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { Editor } from 'tldraw'
import { AssetsView } from './AssetsView'
import { ExportLinks } from './ExportLinks'
import { OutlineView } from './OutlineView'
import type { Participant } from './participant'
import { PeopleView } from './PeopleView'
import { PlacementView } from './PlacementView'
import { SixElementsView } from './SixElementsView'
import { SessionView } from '../voting/SessionView'
import { useBoardModel } from './useBoardModel'

export const VIEWS = [
  { id: 'assets', label: 'panel.tab.assets' },
  { id: 'people', label: 'panel.tab.people' },
  { id: 'placement', label: 'panel.tab.placement' },
  { id: 'six', label: 'panel.tab.six' },
  { id: 'outline', label: 'outline.tab' },
  { id: 'session', label: 'session.tab' },
  { id: 'export', label: 'panel.tab.export' },
] as const satisfies readonly { id: string; label: UiKey }[]
export type ViewId = (typeof VIEWS)[number]['id']

export interface BoardPanelProps {
  id: string
  boardId: BoardId
  /** The board's title, which names its downloads. */
  title: string
  editor: Editor
  readOnly: boolean
  participant: Participant
  open: boolean
  onClose: () => void
  toggleRef: RefObject<HTMLButtonElement | null>
}

/**
 * The board as tables and forms, beside the canvas: the same document, live both ways.
 * Everything the canvas does with a pointer can be done here with a keyboard and a
 * screen reader. Tabs follow the ARIA tabs pattern (arrow keys move between them).
 * On a phone the panel is a full-screen sheet (CSS), toggled from the top bar.
 */
export function BoardPanel({
  id,
  boardId,
  title,
  editor,
  readOnly,
  participant,
  open,
  onClose,
  toggleRef,
}: BoardPanelProps) {
  const { t } = useT()
  const baseId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const tabRefs = useRef(new Map<ViewId, HTMLButtonElement>())
  const [view, setView] = useState<ViewId>('assets')
  const [announcement, setAnnouncement] = useState('')
  const model = useBoardModel(editor)

  useEffect(() => {
    if (open) headingRef.current?.focus()
  }, [open])

  const close = () => {
    onClose()
    toggleRef.current?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    close()
  }
  const onTabKeyDown = (event: KeyboardEvent, index: number) => {
    const last = VIEWS.length - 1
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % VIEWS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + VIEWS.length) % VIEWS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    const target = VIEWS[next]
    if (!target) return
    setView(target.id)
    tabRefs.current.get(target.id)?.focus()
  }
  // Said once; a new message with the same words must still be heard.
  const announce = (message: string) => {
    setAnnouncement('')
    requestAnimationFrame(() => setAnnouncement(message))
  }

  return (
    <section
      id={id}
      className="board-panel"
      aria-labelledby={`${baseId}-heading`}
      data-testid="board-panel"
      hidden={!open}
      onKeyDown={onKeyDown}
    >
      <div className="panel-header">
        <h2 id={`${baseId}-heading`} ref={headingRef} tabIndex={-1}>
          {t('panel.heading')}
        </h2>
        <button type="button" className="button quiet" onClick={close}>
          {t('common.close')}
          <span className="visually-hidden">{t('panel.closeViewsHidden')}</span>
        </button>
      </div>
      <div className="cg-tabs" role="tablist" aria-label={t('panel.heading')}>
        {VIEWS.map((option, index) => (
          <button
            key={option.id}
            ref={(element) => {
              if (element) tabRefs.current.set(option.id, element)
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${option.id}`}
            aria-selected={view === option.id}
            aria-controls={`${baseId}-view`}
            tabIndex={view === option.id ? 0 : -1}
            className="cg-tab"
            onClick={() => setView(option.id)}
            onKeyDown={(event) => onTabKeyDown(event, index)}
          >
            {t(option.label)}
          </button>
        ))}
      </div>
      <div
        id={`${baseId}-view`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${view}`}
        className="cg-tabpanel"
        // Scrolls, and some views hold no control: it must take focus to scroll by keys.
        tabIndex={0}
      >
        {view === 'assets' && (
          <AssetsView
            editor={editor}
            assets={model.assets}
            readOnly={readOnly}
            userName={participant.name}
            announce={announce}
          />
        )}
        {view === 'people' && (
          <PeopleView
            editor={editor}
            model={model}
            readOnly={readOnly}
            participant={participant}
            announce={announce}
          />
        )}
        {view === 'placement' && (
          <PlacementView model={model} editor={editor} readOnly={readOnly} announce={announce} />
        )}
        {view === 'six' && <SixElementsView editor={editor} readOnly={readOnly} />}
        {view === 'outline' && (
          <OutlineView editor={editor} readOnly={readOnly} announce={announce} />
        )}
        {view === 'session' && (
          <SessionView editor={editor} readOnly={readOnly} userName={participant.name} />
        )}
        {view === 'export' && (
          <ExportLinks boardId={boardId} title={title} editor={editor} readOnly={readOnly} />
        )}
      </div>
      <p className="visually-hidden" role="status" data-testid="panel-announcement">
        {announcement}
      </p>
    </section>
  )
}
