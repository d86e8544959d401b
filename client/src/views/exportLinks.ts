import type { UiKey } from '../i18n/useT'
import { apiPaths, type BoardId, type ExportFile, type LanguageId } from '@common-ground/shared'

/** The server's exports of a board (same origin: the session cookie authorises them). */
export const EXPORTS: readonly { file: ExportFile; label: UiKey }[] = [
  { file: 'assets.csv', label: 'export.assets' },
  { file: 'people.csv', label: 'export.people' },
  { file: 'connections.csv', label: 'export.connections' },
  { file: 'votes.csv', label: 'export.votes' },
  { file: 'board.json', label: 'export.board' },
]

/** The CSVs' words (kinds, relations, columns) are in `language`, the reader's. */
export function exportUrl(boardId: BoardId, file: ExportFile, language: LanguageId): string {
  const path = apiPaths.boardExport(boardId, file)
  return file.endsWith('.csv') ? `${path}?lang=${encodeURIComponent(language)}` : path
}
