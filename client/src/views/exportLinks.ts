import type { UiKey } from '../i18n/useT'
import { apiPaths, type BoardId, type ExportFile, type LanguageId } from '@common-ground/shared'

/** The server's table exports of a board (same origin: the session cookie authorises them). */
export const EXPORTS: readonly { file: ExportFile; label: UiKey }[] = [
  { file: 'assets.csv', label: 'export.assets' },
  { file: 'people.csv', label: 'export.people' },
  { file: 'connections.csv', label: 'export.connections' },
  { file: 'ratings.csv', label: 'exports.ratings' },
  { file: 'votes.csv', label: 'exports.votes' },
  { file: 'board.json', label: 'export.board' },
]

/** The words of the CSVs and the session record (kinds, relations, headings) are in `language`. */
export function exportUrl(boardId: BoardId, file: ExportFile, language: LanguageId): string {
  const path = apiPaths.boardExport(boardId, file)
  return file === 'board.json' ? path : `${path}?lang=${encodeURIComponent(language)}`
}
