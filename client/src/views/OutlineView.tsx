import { useId, useState, type FormEvent } from 'react'
import { CardStamp } from '../voting/CardStamp'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { useT } from '../i18n/useT'
import { buildOutline, type OutlineItem, type OutlineSection } from './outline'
import './outline.css'
import {
  addNote,
  EDITABLE_KINDS,
  moveToFrame,
  outlineInputs,
  removeItem,
  setWords,
} from './outlineFromEditor'

export interface OutlineViewProps {
  editor: Editor
  readOnly: boolean
  announce: (message: string) => void
}

const OUTSIDE = 'outside'

/**
 * Everything on the board as headings and lists (outline.ts), live: read, add, edit and
 * delete notes, and move any item to another frame, by keyboard and screen reader. Needs
 * no canvas, so it also works when tldraw has hidden its own.
 */
export function OutlineView({ editor, readOnly, announce }: OutlineViewProps) {
  const { t } = useT()
  const sections = useValue('outline', () => buildOutline(outlineInputs(editor)), [editor])
  const titleOf = (section: OutlineSection) =>
    section.frameId === null
      ? sections.length === 1
        ? t('outline.board')
        : t('outline.outside')
      : section.title.trim() || t('outline.untitledFrame')

  return (
    <div className="outline-view" data-testid="outline-view">
      <h3>{t('outline.heading')}</h3>
      <p className="hint">{t('outline.intro')}</p>
      {sections.map((section) => (
        <Section
          key={section.frameId ?? OUTSIDE}
          section={section}
          title={titleOf(section)}
          frames={sections.map((other) => ({ id: other.frameId, title: titleOf(other) }))}
          editor={editor}
          readOnly={readOnly}
          announce={announce}
        />
      ))}
    </div>
  )
}

interface SectionProps extends OutlineViewProps {
  section: OutlineSection
  title: string
  frames: { id: string | null; title: string }[]
}

function Section({ section, title, frames, editor, readOnly, announce }: SectionProps) {
  const { t } = useT()
  const headingId = useId()
  const [draft, setDraft] = useState('')
  const add = (event: FormEvent) => {
    event.preventDefault()
    addNote(editor, section.frameId as TLShapeId | null, draft.trim())
    setDraft('')
    announce(t('outline.added', { frame: title }))
  }
  return (
    <section className="outline-section" aria-labelledby={headingId} data-testid="outline-section">
      <h4 id={headingId}>{title}</h4>
      {section.items.length === 0 ? (
        <p className="hint">{t('outline.emptySection')}</p>
      ) : (
        <ul className="outline-items">
          {section.items.map((item) => (
            <Item
              key={item.id}
              item={item}
              frameId={section.frameId}
              frames={frames}
              editor={editor}
              readOnly={readOnly}
              announce={announce}
            />
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="outline-add" onSubmit={add}>
          <label>
            <span className="visually-hidden">{t('outline.noteText', { frame: title })}</span>
            <input
              type="text"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              data-testid="outline-new-note"
            />
          </label>
          <button type="submit" className="button">
            {t('outline.addNote')}
          </button>
        </form>
      )}
    </section>
  )
}

interface ItemProps extends OutlineViewProps {
  item: OutlineItem
  frameId: string | null
  frames: { id: string | null; title: string }[]
}

function Item({ item, frameId, frames, editor, readOnly, announce }: ItemProps) {
  const { t } = useT()
  const textId = useId()
  const [editing, setEditing] = useState(false)
  const [words, setWordsDraft] = useState(item.text)
  const [target, setTarget] = useState('')
  const id = item.id as TLShapeId
  const editable = !readOnly && !item.locked && EDITABLE_KINDS.includes(item.kind)
  const otherFrames = item.locked ? [] : frames.filter((frame) => frame.id !== frameId)

  const save = (event: FormEvent) => {
    event.preventDefault()
    setWords(editor, id, words)
    setEditing(false)
    announce(t('outline.saved'))
  }
  const move = () => {
    const frame = otherFrames.find((option) => (option.id ?? OUTSIDE) === target)
    if (!frame) return
    moveToFrame(editor, id, frame.id as TLShapeId | null)
    announce(t('outline.moved', { frame: frame.title }))
  }

  return (
    <li className="outline-item" data-testid="outline-item" data-kind={item.kind}>
      <p id={textId}>
        <span className="outline-kind">{t(`outline.kind.${item.kind}`)}: </span>
        <span data-testid="outline-item-text">{item.text.trim() || t('outline.emptyNote')}</span>
        {item.detail && <span className="outline-detail"> ({item.detail})</span>}
        <CardStamp id={item.id} />
      </p>
      {editing ? (
        <form className="outline-edit" onSubmit={save}>
          <label>
            {t('outline.words')}
            <textarea
              value={words}
              rows={3}
              autoFocus
              onChange={(event) => setWordsDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.stopPropagation()
                  setEditing(false)
                }
              }}
            />
          </label>
          <div className="form-actions">
            <button type="button" className="button secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button primary">
              {t('common.save')}
            </button>
          </div>
        </form>
      ) : (
        !readOnly && (
          <div className="outline-actions">
            {editable && (
              <button
                type="button"
                className="button quiet"
                aria-describedby={textId}
                onClick={() => {
                  setWordsDraft(item.text)
                  setEditing(true)
                }}
              >
                {t('common.edit')}
              </button>
            )}
            {editable && (
              <button
                type="button"
                className="button quiet"
                aria-describedby={textId}
                onClick={() => {
                  removeItem(editor, id)
                  announce(t('outline.removed'))
                }}
              >
                {t('common.remove')}
              </button>
            )}
            {otherFrames.length > 0 && (
              <>
                <label className="outline-move">
                  <span className="visually-hidden">{t('outline.moveTo')}</span>
                  <select
                    value={target}
                    aria-describedby={textId}
                    onChange={(event) => setTarget(event.target.value)}
                  >
                    <option value="">{t('outline.moveTo')}…</option>
                    {otherFrames.map((frame) => (
                      <option key={frame.id ?? OUTSIDE} value={frame.id ?? OUTSIDE}>
                        {frame.title}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="button quiet"
                  aria-describedby={textId}
                  disabled={target === ''}
                  onClick={move}
                >
                  {t('outline.move')}
                </button>
              </>
            )}
          </div>
        )
      )}
    </li>
  )
}
