import { apiPaths, type BoardId, type ExportFile } from '@common-ground/shared'

/** The server's exports of a board (same origin: the session cookie authorises them). */
export const EXPORTS: readonly { file: ExportFile; label: string }[] = [
  { file: 'assets.csv', label: 'Assets (CSV)' },
  { file: 'people.csv', label: 'People (CSV)' },
  { file: 'connections.csv', label: 'Connections (CSV)' },
  { file: 'board.json', label: 'Whole board (JSON)' },
]

export function exportUrl(boardId: BoardId, file: ExportFile): string {
  return apiPaths.boardExport(boardId, file)
}
