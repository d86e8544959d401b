import { useT } from '../i18n/useT'
import type { BoardId } from '@common-ground/shared'
import { EXPORTS, exportUrl } from './exportLinks'

/** Downloads of the board for reports and archives; the server builds each file. */
export function ExportLinks({ boardId }: { boardId: BoardId }) {
  const { t, language } = useT()
  return (
    <div className="cg-view" data-testid="export-view">
      <p>{t('export.intro')}</p>
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
    </div>
  )
}
