import type { BoardId } from '@common-ground/shared'
import { EXPORTS, exportUrl } from './exportLinks'

/** Downloads of the board for reports and archives; the server builds each file. */
export function ExportLinks({ boardId }: { boardId: BoardId }) {
  return (
    <div className="cg-view" data-testid="export-view">
      <p>
        Download what is on the board, for a report or an archive. CSV files open in any
        spreadsheet; the JSON file holds the whole board.
      </p>
      <ul className="cg-exports">
        {EXPORTS.map((item) => (
          <li key={item.file}>
            <a className="button" href={exportUrl(boardId, item.file)} download={item.file}>
              Download {item.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
