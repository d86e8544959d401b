import { useEffect, useId, useState } from 'react'
import type { BoardId, CheckpointResponse, CheckpointSummary } from '@common-ground/shared'
import { useModalDialog } from '../app/useModalDialog'
import { useT } from '../i18n/useT'
import { formatTime } from './formatTime'
import type { HistoryApi } from './historyApi'
import { ReadOnlyBoard } from './ReadOnlyBoard'
import './history.css'

export interface CheckpointPreviewProps {
  boardId: BoardId
  checkpoint: CheckpointSummary
  api: HistoryApi
  onClose: () => void
}

/**
 * SPEC 47: a checkpoint on a read-only canvas in a dialog over the board, which stays as
 * it is (and connected) underneath. Escape or Close returns to the history list.
 */
export function CheckpointPreview({ boardId, checkpoint, api, onClose }: CheckpointPreviewProps) {
  const ref = useModalDialog()
  const { t, language } = useT()
  const headingId = useId()
  const [loaded, setLoaded] = useState<CheckpointResponse | string | null>(null)
  useEffect(() => {
    let live = true
    void api.read(boardId, checkpoint.id).then((result) => {
      if (live) setLoaded(result.ok ? result.value : result.message)
    })
    return () => {
      live = false
    }
  }, [api, boardId, checkpoint.id])
  const time = formatTime(checkpoint.createdAt, language)

  return (
    <dialog
      ref={ref}
      className="dialog checkpoint-preview"
      aria-labelledby={headingId}
      data-testid="checkpoint-preview"
      onClose={onClose}
    >
      <div className="dialog-header">
        <h2 id={headingId}>{t('history.preview.heading', { time })}</h2>
        <button type="button" className="button quiet" onClick={() => ref.current?.close()}>
          {t('common.close')}
        </button>
      </div>
      <p className="hint">{t('history.preview.hint')}</p>
      <div className="checkpoint-preview-canvas">
        {loaded === null && <p role="status">{t('history.preview.loading')}</p>}
        {typeof loaded === 'string' && <p role="alert">{loaded}</p>}
        {loaded !== null && typeof loaded !== 'string' && (
          <ReadOnlyBoard
            boardId={boardId}
            records={loaded.records}
            schema={loaded.schema}
            unreadable={t('close.BoardTooNew')}
          />
        )}
      </div>
    </dialog>
  )
}
