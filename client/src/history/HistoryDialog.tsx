import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import {
  MAX_CHECKPOINT_LABEL_LENGTH,
  type BoardId,
  type CheckpointKind,
  type CheckpointSummary,
} from '@common-ground/shared'
import { useModalDialog } from '../app/useModalDialog'
import { useT, type UiKey } from '../i18n/useT'
import { CheckpointPreview } from './CheckpointPreview'
import { formatTime } from './formatTime'
import { historyApi } from './historyApi'
import './history.css'

export interface HistoryDialogProps {
  boardId: BoardId
  /** The facilitator names and restores checkpoints (the server checks, H9, H27). */
  facilitator: boolean
  onClose: () => void
}

const KIND_LABELS = {
  automatic: 'history.kind.automatic',
  named: 'history.kind.named',
  archive: 'history.kind.archive',
  stage: 'history.kind.stage',
  restore: 'history.kind.restore',
} as const satisfies Record<CheckpointKind, UiKey>

/**
 * SPEC 46–48: the board's checkpoints, newest first, each with its time, kind, label and
 * cards. Anyone who can edit previews one; the facilitator names one of the board now and
 * restores one, after saying yes in place. What happened is said in a live region.
 */
export function HistoryDialog({ boardId, facilitator, onClose }: HistoryDialogProps) {
  const ref = useModalDialog()
  const { t, language } = useT()
  const api = useMemo(() => historyApi(), [])
  const headingId = useId()
  const labelId = useId()
  const hintId = useId()
  const [checkpoints, setCheckpoints] = useState<CheckpointSummary[] | string | null>(null)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [label, setLabel] = useState('')
  const [asking, setAsking] = useState<number | null>(null)
  const [previewing, setPreviewing] = useState<CheckpointSummary | null>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const listHeadingRef = useRef<HTMLHeadingElement>(null)

  const load = useCallback(async () => {
    const result = await api.list(boardId)
    setCheckpoints(result.ok ? result.value : result.message)
  }, [api, boardId])
  useEffect(() => {
    let live = true
    void api.list(boardId).then((result) => {
      if (live) setCheckpoints(result.ok ? result.value : result.message)
    })
    return () => {
      live = false
    }
  }, [api, boardId])
  useEffect(() => {
    if (asking !== null) confirmRef.current?.focus()
  }, [asking])

  const time = (checkpoint: CheckpointSummary) => formatTime(checkpoint.createdAt, language)

  const takeNamed = async (event: FormEvent) => {
    event.preventDefault()
    const trimmed = label.trim()
    if (trimmed === '' || busy) return
    setBusy(true)
    setError(null)
    const result = await api.take(boardId, trimmed)
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setLabel('')
    setStatus(t('history.named', { label: trimmed }))
    await load()
  }

  const restore = async (checkpoint: CheckpointSummary) => {
    setBusy(true)
    setError(null)
    const result = await api.restore(boardId, checkpoint.id)
    setBusy(false)
    setAsking(null)
    if (!result.ok) return setError(result.message)
    setStatus(t('history.restored', { time: time(checkpoint) }))
    await load()
    listHeadingRef.current?.focus()
  }

  return (
    <dialog
      ref={ref}
      className="dialog history-dialog"
      aria-labelledby={headingId}
      data-testid="history-dialog"
      // The preview's dialog sits inside this one, and React passes its close up to here.
      onClose={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
    >
      <div className="dialog-header">
        <h2 id={headingId}>{t('history.heading')}</h2>
        <button type="button" className="button quiet" onClick={() => ref.current?.close()}>
          {t('common.close')}
        </button>
      </div>
      <p className="hint">{t('history.intro')}</p>
      <p role="status" className="history-status" data-testid="history-status">
        {status}
      </p>
      {error !== null && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {facilitator && (
        <form className="history-name" onSubmit={(event) => void takeNamed(event)}>
          <label id={labelId} htmlFor={`${labelId}-input`}>
            {t('history.name.label')}
          </label>
          <p id={hintId} className="hint">
            {t('history.name.hint')}
          </p>
          <div className="history-name-row">
            <input
              id={`${labelId}-input`}
              className="input"
              data-testid="checkpoint-label"
              value={label}
              maxLength={MAX_CHECKPOINT_LABEL_LENGTH}
              aria-describedby={hintId}
              onChange={(event) => setLabel(event.target.value)}
            />
            <button
              type="submit"
              className="button primary"
              data-testid="take-checkpoint"
              disabled={busy || label.trim() === ''}
            >
              {t('history.name.submit')}
            </button>
          </div>
        </form>
      )}
      <h3 ref={listHeadingRef} tabIndex={-1} className="history-list-heading">
        {t('history.listLabel')}
      </h3>
      {checkpoints === null && <p role="status">{t('history.loading')}</p>}
      {typeof checkpoints === 'string' && <p role="alert">{checkpoints}</p>}
      {Array.isArray(checkpoints) && checkpoints.length === 0 && <p>{t('history.empty')}</p>}
      {Array.isArray(checkpoints) && checkpoints.length > 0 && (
        <ol className="history-list" data-testid="checkpoint-list">
          {checkpoints.map((checkpoint) => (
            <li key={checkpoint.id} className="history-item" data-testid="checkpoint">
              <div className="history-item-text">
                <span className="history-time">{time(checkpoint)}</span>
                <span className="badge">{t(KIND_LABELS[checkpoint.kind])}</span>
                {checkpoint.label !== null && (
                  <span className="history-label" data-testid="checkpoint-name">
                    {checkpoint.label}
                  </span>
                )}
                {checkpoint.cards !== null && (
                  <span className="hint">{t('history.cards', { count: checkpoint.cards })}</span>
                )}
              </div>
              {asking === checkpoint.id ? (
                <div
                  className="history-confirm"
                  role="group"
                  aria-label={t('history.restoreLabel', { time: time(checkpoint) })}
                >
                  <p>{t('history.restoreConfirm', { time: time(checkpoint) })}</p>
                  <div className="confirm-actions">
                    <button
                      ref={confirmRef}
                      type="button"
                      className="button primary"
                      data-testid="restore-confirm"
                      disabled={busy}
                      onClick={() => void restore(checkpoint)}
                    >
                      {t('history.restoreYes')}
                    </button>
                    <button type="button" className="button" onClick={() => setAsking(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="history-actions">
                  <button
                    type="button"
                    className="button"
                    data-testid="preview-checkpoint"
                    aria-label={t('history.previewLabel', { time: time(checkpoint) })}
                    onClick={() => setPreviewing(checkpoint)}
                  >
                    {t('history.preview')}
                  </button>
                  {facilitator && (
                    <button
                      type="button"
                      className="button"
                      data-testid="restore-checkpoint"
                      aria-label={t('history.restoreLabel', { time: time(checkpoint) })}
                      disabled={busy}
                      onClick={() => setAsking(checkpoint.id)}
                    >
                      {t('history.restore')}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {previewing !== null && (
        <CheckpointPreview
          boardId={boardId}
          checkpoint={previewing}
          api={api}
          onClose={() => setPreviewing(null)}
        />
      )}
    </dialog>
  )
}
