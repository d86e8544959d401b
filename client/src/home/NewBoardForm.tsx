import { MAX_BOARD_TITLE_LENGTH, type TemplateId } from '@common-ground/shared'
import { useId, useRef, useState, type FormEvent } from 'react'
import { navigate } from '../app/navigation'
import { samePageLink } from './boardAddress'
import { TemplateChoice } from './TemplateChoice'
import { templatesApi } from './templatesApi'

const api = templatesApi()

/** Used when the title is left empty; the facilitator can still say what it is about later. */
export const DEFAULT_BOARD_TITLE = 'Untitled board'

/**
 * Starts a board: asks what the session is about and what to start from (blank or a
 * template), creates the board, and opens it with
 * the facilitator's link (whose token the board page exchanges and then hides).
 */
export function NewBoardForm() {
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
      title.trim().replace(/\s+/g, ' ') || DEFAULT_BOARD_TITLE,
      template,
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
        <label htmlFor={`${id}-title`}>What is this session about?</label>
        <p id={hintId} className="hint">
          The board&rsquo;s title. Everyone who joins sees it. You can leave it empty.
        </p>
        <input
          ref={titleRef}
          id={`${id}-title`}
          name="title"
          type="text"
          data-testid="board-title-input"
          placeholder="For example: Planning the lunch club together"
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
            Starting the board…
          </>
        ) : (
          'Start a new board'
        )}
      </button>
      <p className="visually-hidden" role="status">
        {creating ? 'Starting the board…' : ''}
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
