import { useId, useState } from 'react'
import type { BoardId } from '@common-ground/shared'
import { saveBlob } from '../exports/download'
import { downloadName } from '../exports/fileNames'
import { useT } from '../i18n/useT'
import { exportUrl } from './exportLinks'

type Phase =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'downloading'; fraction: number | null }
  | { kind: 'done' }
  | { kind: 'failed'; busy: boolean }

/**
 * The session record (SPEC 56): the server makes the PDF; the page shows that it is being
 * made (the server's seconds), then how much of it has arrived, and names the file after
 * the board.
 */
export function RecordDownload({ boardId, title }: { boardId: BoardId; title: string }) {
  const { t, language } = useT()
  const headingId = useId()
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const working = phase.kind === 'making' || phase.kind === 'downloading'

  const download = async () => {
    setPhase({ kind: 'making' })
    try {
      const response = await fetch(exportUrl(boardId, 'record.pdf', language), {
        credentials: 'same-origin',
      })
      if (!response.ok) {
        setPhase({ kind: 'failed', busy: response.status === 503 })
        return
      }
      const total = Number(response.headers.get('content-length')) || null
      const chunks: Uint8Array[] = []
      let received = 0
      const reader = response.body?.getReader()
      setPhase({ kind: 'downloading', fraction: total === null ? null : 0 })
      while (reader) {
        const { done, value } = await reader.read()
        if (done) break
        chunks.push(value)
        received += value.byteLength
        if (total !== null) setPhase({ kind: 'downloading', fraction: received / total })
      }
      const blob = new Blob(chunks as BlobPart[], { type: 'application/pdf' })
      saveBlob(blob, downloadName(title, t('exports.record.heading'), '.pdf', boardId))
      setPhase({ kind: 'done' })
    } catch {
      setPhase({ kind: 'failed', busy: false })
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('exports.record.heading')}</h3>
      <p>{t('exports.record.body')}</p>
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={working}
        aria-busy={working}
        data-testid="export-record"
      >
        {t('exports.record.download')}
      </button>
      {working && (
        <progress
          className="cg-export-progress"
          aria-label={t('exports.record.progress')}
          {...(phase.kind === 'downloading' && phase.fraction !== null
            ? { value: phase.fraction, max: 1 }
            : {})}
        />
      )}
      <p role="status" className="cg-export-status" data-testid="export-record-status">
        {phase.kind === 'making' && t('exports.record.making')}
        {phase.kind === 'downloading' && t('exports.record.downloading')}
        {phase.kind === 'done' && t('exports.record.done')}
        {phase.kind === 'failed' &&
          (phase.busy ? t('exports.record.busy') : t('exports.record.failed'))}
      </p>
    </section>
  )
}
