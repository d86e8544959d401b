import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { Editor } from 'tldraw'
import { MAX_TLDR_FILE_BYTES, TLDR_EXTENSION } from '@common-ground/shared'
import { saveBlob } from '../exports/download'
import { downloadName } from '../exports/fileNames'
import {
  importTldrContent,
  readTldrFile,
  TldrImportError,
  tldrBlob,
  type TldrImportProblem,
} from '../exports/tldrFile'
import { useT, type UiKey } from '../i18n/useT'

const PROBLEMS: Record<TldrImportProblem, UiKey> = {
  tooBig: 'exports.tldr.problem.tooBig',
  notTldraw: 'exports.tldr.problem.notTldraw',
  tooNew: 'exports.tldr.problem.tooNew',
  invalid: 'exports.tldr.problem.invalid',
  tooManyRecords: 'exports.tldr.problem.tooManyRecords',
  empty: 'exports.tldr.problem.empty',
  imageUpload: 'exports.tldr.problem.imageUpload',
}

type Status =
  | { kind: 'idle' }
  | { kind: 'importing' }
  | { kind: 'imported'; count: number; name: string }
  | { kind: 'failed'; problem: TldrImportProblem }

/**
 * The board as a tldraw file, and a tldraw file onto the board (SPEC 60–62). Import is a
 * local change like any other: it syncs through the board's binding, and the server
 * checks every record as it checks anyone's edits.
 */
export function TldrTransfer({
  editor,
  title,
  readOnly,
}: {
  editor: Editor
  title: string
  readOnly: boolean
}) {
  const { t } = useT()
  const headingId = useId()
  const inputId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  const download = async () => {
    saveBlob(
      await tldrBlob(editor),
      downloadName(title, null, TLDR_EXTENSION, t('common.untitled')),
    )
  }

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file === undefined) return
    setStatus({ kind: 'importing' })
    try {
      if (file.size > MAX_TLDR_FILE_BYTES) throw new TldrImportError('tooBig')
      const content = readTldrFile(editor.store.schema, await file.text())
      const count = await importTldrContent(editor, content)
      setStatus({ kind: 'imported', count, name: file.name })
    } catch (error) {
      setStatus({
        kind: 'failed',
        problem: error instanceof TldrImportError ? error.problem : 'invalid',
      })
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('exports.tldr.heading')}</h3>
      <p>{t('exports.tldr.body')}</p>
      <div className="cg-export-buttons">
        <button
          type="button"
          className="button"
          onClick={() => void download()}
          data-testid="export-tldr"
        >
          {t('exports.tldr.download')}
        </button>
        {!readOnly && (
          <>
            <input
              ref={input}
              id={inputId}
              type="file"
              accept={`${TLDR_EXTENSION},application/json`}
              className="visually-hidden"
              onChange={(event) => void importFile(event)}
              disabled={status.kind === 'importing'}
              data-testid="import-tldr"
            />
            <label htmlFor={inputId} className="button cg-file-button">
              {t('exports.tldr.import')}
            </label>
          </>
        )}
      </div>
      <p role="status" className="cg-export-status" data-testid="import-tldr-status">
        {status.kind === 'importing' && t('exports.tldr.importing')}
        {status.kind === 'imported' &&
          t('exports.tldr.imported', { count: status.count, name: status.name })}
        {status.kind === 'failed' && t(PROBLEMS[status.problem])}
      </p>
    </section>
  )
}
