import { useT } from '../i18n/useT'
import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react'
import type { Person } from './people'

export interface PeoplePanelProps {
  id: string
  people: readonly Person[]
  open: boolean
  onClose: () => void
  /** The top bar's toggle, which gets focus back when the panel closes from inside. */
  toggleRef: RefObject<HTMLButtonElement | null>
}

/**
 * Who is on the board: a plain list, so a screen reader says how many and reads each
 * person in turn. Not modal: the board stays usable beside it. Opening moves focus to
 * the heading; Escape or Close hands it back to the toggle.
 */
export function PeoplePanel({ id, people, open, onClose, toggleRef }: PeoplePanelProps) {
  const { t, words } = useT()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)

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

  return (
    <section
      id={id}
      className="people-panel"
      aria-labelledby={headingId}
      data-testid="people-panel"
      hidden={!open}
      onKeyDown={onKeyDown}
    >
      <div className="panel-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('people.heading', { count: people.length })}
        </h2>
        <button type="button" className="button quiet" onClick={close}>
          {t('common.close')}
        </button>
      </div>
      <ul className="people-list" data-testid="people-list">
        {people.map((person) => (
          <li key={person.id} className="person" data-testid="person">
            <span className="swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
            <span className="person-text">
              <span className="person-name">
                {person.name || t('common.someone')}
                {person.isYou && <span className="person-you"> {t('people.you')}</span>}
              </span>
              {person.takesPartAs !== null && (
                <span className="person-detail">{words.role(person.takesPartAs)}</span>
              )}
            </span>
            {person.viewOnly && (
              <span className="badge small-badge" data-testid="person-view-only">
                {t('common.viewOnly')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
