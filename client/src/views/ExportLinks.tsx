import { useT } from '../i18n/useT'
import type { BoardId } from '@common-ground/shared'
import type { Editor } from 'tldraw'
import { EXPORTS, exportUrl } from './exportLinks'
import { PictureExport } from './PictureExport'
import { RecordDownload } from './RecordDownload'
import { TldrTransfer } from './TldrTransfer'

export interface ExportLinksProps {
  boardId: BoardId
  /** The board's title, which names the downloads. */
  title: string
  /** The canvas, for pictures and tldraw files; null where there is none. */
  editor: Editor | null
  /** Imports are offered only to those who can write to the board. */
  readOnly: boolean
}

/**
 * Every download of the board (SPEC 55–64): the session record, pictures, the tldraw
 * file and the tables. The server builds the record and the tables; pictures and the
 * tldraw file are made in the page from the canvas. Shown in the Views panel and in the
 * archive's read view.
 */
export function ExportLinks({ boardId, title, editor, readOnly }: ExportLinksProps) {
  const { t, language } = useT()
  return (
    <div className="cg-view cg-export-view" data-testid="export-view">
      <p>{t('export.intro')}</p>
      <RecordDownload boardId={boardId} title={title} />
      {editor !== null && <PictureExport editor={editor} title={title} />}
      {editor !== null && <TldrTransfer editor={editor} title={title} readOnly={readOnly} />}
      <section aria-labelledby={`${boardId}-files`}>
        <h3 id={`${boardId}-files`}>{t('exports.files.heading')}</h3>
        <ul className="cg-exports">
          {EXPORTS.map((item) => (
            <li key={item.file}>
              <a
                className="button"
                href={exportUrl(boardId, item.file, language)}
                download={item.file}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
