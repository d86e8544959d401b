import { useId, useState, type ChangeEvent } from 'react'
import type { Editor } from 'tldraw'
import { MAX_BOARD_TITLE_LENGTH, MAX_TLDR_FILE_BYTES, TLDR_EXTENSION } from '@common-ground/shared'
import { navigate } from '../app/navigation'
import { keepPendingImport } from '../exports/pendingImport'
import { samePageLink } from '../home/boardAddress'
import { templatesApi } from '../home/templatesApi'
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

type Problem = TldrImportProblem | 'noBoard' | 'tooBigForNew'

const PROBLEMS: Record<Problem, UiKey> = {
  noBoard: 'exports.tldr.problem.noBoard',
  tooBigForNew: 'exports.tldr.problem.tooBigForNew',
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
  | { kind: 'creating' }
  | { kind: 'imported'; count: number; name: string }
  | { kind: 'failed'; problem: Problem }

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
  const newInputId = useId()
  const { language } = useT()
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

  /** SPEC 63: the file is read and checked here; only a good file makes a board. */
  const importIntoNewBoard = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file === undefined) return
    setStatus({ kind: 'creating' })
    try {
      if (file.size > MAX_TLDR_FILE_BYTES) throw new TldrImportError('tooBig')
      const json = await file.text()
      readTldrFile(editor.store.schema, json)
      const title = file.name
        .replace(/\.tldr$/i, '')
        .slice(0, MAX_BOARD_TITLE_LENGTH)
        .trim()
      const created = await templatesApi().createBoard(
        title || t('common.untitled'),
        null,
        language,
      )
      if (!created.ok) {
        setStatus({ kind: 'failed', problem: 'noBoard' })
        return
      }
      if (!keepPendingImport(created.value.id, json)) {
        setStatus({ kind: 'failed', problem: 'tooBigForNew' })
        return
      }
      navigate(samePageLink(created.value.links.facilitator))
    } catch (error) {
      setStatus({
        kind: 'failed',
        problem: error instanceof TldrImportError ? error.problem : 'invalid',
      })
    }
  }

  const busy = status.kind === 'importing' || status.kind === 'creating'
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
              id={inputId}
              type="file"
              accept={`${TLDR_EXTENSION},application/json`}
              className="visually-hidden"
              onChange={(event) => void importFile(event)}
              disabled={busy}
              data-testid="import-tldr"
            />
            <label htmlFor={inputId} className="button cg-file-button">
              {t('exports.tldr.import')}
            </label>
            <input
              id={newInputId}
              type="file"
              accept={`${TLDR_EXTENSION},application/json`}
              className="visually-hidden"
              onChange={(event) => void importIntoNewBoard(event)}
              disabled={busy}
              data-testid="import-tldr-new"
            />
            <label htmlFor={newInputId} className="button cg-file-button">
              {t('exports.tldr.importNew')}
            </label>
          </>
        )}
      </div>
      <p role="status" className="cg-export-status" data-testid="import-tldr-status">
        {status.kind === 'importing' && t('exports.tldr.importing')}
        {status.kind === 'creating' && t('exports.tldr.creating')}
        {status.kind === 'imported' &&
          t('exports.tldr.imported', { count: status.count, name: status.name })}
        {status.kind === 'failed' && t(PROBLEMS[status.problem])}
      </p>
    </section>
  )
}
