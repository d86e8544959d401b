import express, { type Response, type Router } from 'express'
import {
  historyPaths,
  META_TITLE_KEY,
  Y_META,
  type BoardId,
  type RenameBoardRequest,
  type BoardSummaryResponse,
} from '@common-ground/shared'
import type { Logger } from 'pino'
import { appendServerChange } from '../history/serverChange.js'
import { participationSummary } from '../participation/participants.js'
import type { BoardStore } from '../storage/BoardStore.js'
import { MemorySecretStore } from '../storage/MemorySecretStore.js'
import type { SecretStore } from '../storage/SecretStore.js'
import { authorize, requireFacilitator } from './authorize.js'
import { titleOf } from './boardRoutes.js'
import { HttpError } from './HttpError.js'

export interface HistoryRoutesOptions {
  store: BoardStore
  logger: Logger
  secrets?: SecretStore
}

/**
 * Renaming a board (H28, H29) and what the archive read view shows about its session
 * (H30). Every answer is `Cache-Control: no-store`.
 */
export function historyRoutes({ store, logger, secrets }: HistoryRoutesOptions): Router {
  const router = express.Router()
  const json = express.json({ limit: '4kb' })
  const people = secrets ?? new MemorySecretStore()

  router.post(historyPaths.title(':id' as BoardId), json, async (req, res) => {
    const auth = await authorize(store.boards, req)
    requireFacilitator(auth)
    if (auth.board.archived) {
      throw new HttpError(409, 'board_archived', 'This board is archived. Reopen it to rename it.')
    }
    const title = titleOf((req.body as { title?: unknown } | undefined)?.title)
    await store.boards.setTitle(auth.board.id, title)
    // H29: everyone connected, in every process, sees the new title through the board.
    await appendServerChange(store.log, auth.board.id, (doc) => {
      const meta = doc.getMap<unknown>(Y_META)
      if (meta.get(META_TITLE_KEY) !== title) meta.set(META_TITLE_KEY, title)
    })
    logger.info({ boardId: auth.board.id }, 'board renamed')
    noStore(res).json({ title } satisfies RenameBoardRequest)
  })

  router.get(historyPaths.summary(':id' as BoardId), async (req, res) => {
    const auth = await authorize(store.boards, req)
    const participation = await participationSummary(people, auth.board.id)
    const checkpoints = await store.log.listCheckpoints(auth.board.id)
    const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString())
    const archive = checkpoints.filter((c) => c.kind === 'archive').at(-1)
    noStore(res).json({
      title: auth.board.title,
      archived: auth.board.archived,
      started: participation.firstSeen ?? iso(checkpoints[0]?.createdAt),
      ended: participation.lastSeen ?? iso(checkpoints.at(-1)?.createdAt),
      archivedAt: auth.board.archived ? iso(archive?.createdAt) : null,
      participation,
    } satisfies BoardSummaryResponse)
  })

  return router
}

function noStore(res: Response): Response {
  return res.set('Cache-Control', 'no-store')
}
