import express, { type Response, type Router } from 'express'
import {
  apiPaths,
  domainWords,
  parseLanguage,
  EXPORT_FILES,
  isExportFile,
  readCoproduction,
  type BoardExport,
  type BoardId,
  type ExportFile,
} from '@common-ground/shared'
import { encodeCsv } from '../export/csv.js'
import { assetRows, connectionRows, peopleRows, ratingRows } from '../export/exportTables.js'
import { gatherRecord } from '../export/record/gatherRecord.js'
import { sessionRecordPdf } from '../export/record/sessionRecordPdf.js'
import { recordSources, type RecordSources } from '../export/recordSources.js'
import { readStoredBoard } from '../export/storedBoard.js'
import { voteRows } from '../export/voteRows.js'
import type { BoardStore } from '../storage/BoardStore.js'
import type { SecretStore } from '../storage/SecretStore.js'
import { authorize } from './authorize.js'
import { HttpError } from './HttpError.js'

/**
 * `GET /api/boards/:id/export/:file` (any role on the board): the board's assets, people
 * and connections as CSV for spreadsheets and Kumu, or the whole board as JSON. Archived
 * boards export too: reading them back is what archives are for. CSV words (kinds, roles,
 * relations, grid cells, rungs, our column names) are in `?lang=` (en, cy, ar...), English
 * when missing or unknown; names, titles and ids are as people wrote them.
 */
export function exportRoutes(
  store: BoardStore,
  secrets: SecretStore | null = null,
  sources: RecordSources = recordSources(secrets),
): Router {
  const router = express.Router()
  const path = apiPaths.boardExport(':id' as BoardId, ':file' as ExportFile)
  let recordsInProgress = 0

  router.get(path, async (req, res) => {
    const auth = await authorize(store.boards, req)
    const file = String(req.params.file)
    if (!isExportFile(file)) {
      throw new HttpError(
        404,
        'unknown_export',
        `There is no export called ${file}. Choose one of: ${EXPORT_FILES.join(', ')}.`,
      )
    }
    const name = `${fileSafe(auth.board.title)}-${auth.board.id}-${file}`
    const language = parseLanguage(req.query.lang)
    if (file === 'record.pdf') {
      // X14: a record takes a second or more of CPU; a few at a time keep the server answering.
      if (recordsInProgress >= MAX_RECORDS_IN_PROGRESS) {
        throw new HttpError(
          503,
          'record_busy',
          'The server is making other session records just now. Try again in a moment.',
        )
      }
      recordsInProgress += 1
      try {
        const input = await gatherRecord({
          store,
          secrets,
          sources,
          board: auth.board,
          language,
        })
        const pdf = await sessionRecordPdf(input)
        attachment(res, name)
        res.type('application/pdf').send(pdf)
      } finally {
        recordsInProgress -= 1
      }
      return
    }
    const board = await readStoredBoard(store.log, auth.board.id)
    attachment(res, name)
    if (file === 'board.json') {
      res.json({
        id: auth.board.id,
        title: auth.board.title,
        exportedAt: new Date().toISOString(),
        schema: board.schema,
        records: board.records,
      } satisfies BoardExport)
      return
    }
    const words = domainWords(language)
    const contents = readCoproduction(board.current, words)
    const rows =
      file === 'assets.csv'
        ? assetRows(contents, words)
        : file === 'people.csv'
          ? peopleRows(contents, words)
          : file === 'connections.csv'
            ? connectionRows(contents)
            : file === 'ratings.csv'
              ? ratingRows(board.current, words)
              : voteRows(board.current, words)
    res.type('text/csv; charset=utf-8').send(encodeCsv(rows))
  })

  return router
}

/** Session records made at once by one process (X14). */
const MAX_RECORDS_IN_PROGRESS = 2

/**
 * `Content-Disposition: attachment` with an ASCII fallback name and the full name in
 * RFC 5987 form, so a title in any script reaches the download.
 */
function attachment(res: Response, name: string): void {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  res
    .set('Cache-Control', 'no-store')
    .set(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
}

/** A board title as part of a file name: no path separators or characters file systems refuse. */
function fileSafe(title: string): string {
  const safe = title
    .replace(/[/\\?%*:|"<>\s]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60)
  return safe === '' ? 'board' : safe
}
