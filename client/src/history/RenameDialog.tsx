import { useId, useMemo, useState, type FormEvent } from 'react'
import { MAX_BOARD_TITLE_LENGTH, type BoardId } from '@common-ground/shared'
import { useModalDialog } from '../app/useModalDialog'
import { useT } from '../i18n/useT'
import { notices } from '../panels/notices'
import { historyApi } from './historyApi'

export interface RenameDialogProps {
  boardId: BoardId
  title: string
  onRenamed: (title: string) => void
  onClose: () => void
}

/**
 * SPEC 49: the facilitator renames the board. The server checks who asks and the title
 * (H28) and tells every connected browser (H29); this page shows it at once.
 */
export function RenameDialog({ boardId, title, onRenamed, onClose }: RenameDialogProps) {
  const ref = useModalDialog()
  const { t } = useT()
  const api = useMemo(() => historyApi(), [])
  const id = useId()
  const [value, setValue] = useState(title)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    const result = await api.rename(boardId, value)
    setBusy(false)
    if (!result.ok) return setError(result.message)
    onRenamed(result.value.title)
    void notices.post(t('rename.done', { title: result.value.title }))
    ref.current?.close()
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-heading`}
      data-testid="rename-dialog"
      onClose={onClose}
    >
      <h2 id={`${id}-heading`}>{t('rename.heading')}</h2>
      <form className="cg-form" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('rename.label')}</label>
          <input
            id={`${id}-title`}
            className="input"
            data-testid="rename-input"
            value={value}
            required
            maxLength={MAX_BOARD_TITLE_LENGTH}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : `${id}-error`}
            onChange={(event) => setValue(event.target.value)}
          />
          {error !== null && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button
            type="submit"
            className="button primary"
            disabled={busy}
            data-testid="rename-save"
          >
            {t('rename.save')}
          </button>
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
