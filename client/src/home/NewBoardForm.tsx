import { MAX_BOARD_TITLE_LENGTH, type TemplateId } from '@common-ground/shared'
import { useId, useRef, useState, type FormEvent } from 'react'
import { navigate } from '../app/navigation'
import { useT } from '../i18n/useT'
import { samePageLink } from './boardAddress'
import { TemplateChoice } from './TemplateChoice'
import { templatesApi } from './templatesApi'

const api = templatesApi()

/**
 * Starts a board: asks what the session is about and what to start from (blank or a
 * template), creates the board, and opens it with
 * the facilitator's link (whose token the board page exchanges and then hides).
 */
export function NewBoardForm() {
  const { t, language } = useT()
  const id = useId()
  const titleRef = useRef<HTMLInputElement>(null)
  const [title, setTitle] = useState('')
  const [template, setTemplate] = useState<TemplateId | null>(null)
  const [creating, setCreating] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (creating) return
    setCreating(true)
    setError(null)
    const result = await api.createBoard(
      // Used when the title is left empty; the facilitator can say what it is about later.
      title.trim().replace(/\s+/g, ' ') || t('home.new.defaultTitle'),
      template,
      language,
    )
    if (result.ok) {
      // Same origin, so no page load: the path and the #t=<token> fragment are enough.
      navigate(samePageLink(result.value.links.facilitator))
      return
    }
    setCreating(false)
    setError(result.message)
    titleRef.current?.focus()
  }

  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <form className="new-board" onSubmit={submit} noValidate aria-busy={creating}>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('home.new.titleLabel')}</label>
        <p id={hintId} className="hint">
          {t('home.new.titleHint')}
        </p>
        <input
          ref={titleRef}
          id={`${id}-title`}
          name="title"
          type="text"
          data-testid="board-title-input"
          placeholder={t('home.new.titlePlaceholder')}
          maxLength={MAX_BOARD_TITLE_LENGTH}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
        />
      </div>
      <TemplateChoice value={template} onChange={setTemplate} />
      <button
        type="submit"
        className="button primary large"
        data-testid="start-board"
        aria-disabled={creating}
      >
        {creating ? (
          <>
            <span className="spinner small" aria-hidden="true" />
            {t('home.new.starting')}
          </>
        ) : (
          t('home.new.start')
        )}
      </button>
      <p className="visually-hidden" role="status">
        {creating ? t('home.new.starting') : ''}
      </p>
      {error !== null && (
        <p
          id={errorId}
          className="field-error create-error"
          role="alert"
          data-testid="create-error"
        >
          {error}
        </p>
      )}
    </form>
  )
}
