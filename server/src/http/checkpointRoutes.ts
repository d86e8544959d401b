import express, { type Response, type Router } from 'express'
import {
  checkpointPaths,
  MAX_CHECKPOINT_LABEL_LENGTH,
  MAX_NAMED_CHECKPOINTS,
  type BoardId,
  type CheckpointListResponse,
  type CheckpointResponse,
  type CheckpointSummary,
  type RestoreCheckpointResponse,
} from '@common-ground/shared'
import type { Logger } from 'pino'
import { readBoardUpdates } from '../export/storedBoard.js'
import { cardsIn, checkpointCards } from '../history/checkpointCards.js'
import { CheckpointUnreadableError, restoreCheckpoint } from '../history/restoreCheckpoint.js'
import { takeCheckpoint } from '../history/takeCheckpoint.js'
import type { BoardStore } from '../storage/BoardStore.js'
import type { CheckpointInfo } from '../storage/UpdateLog.js'
import { authorize, requireFacilitator } from './authorize.js'
import { HttpError } from './HttpError.js'

export interface CheckpointRoutesOptions {
  store: BoardStore
  logger: Logger
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/
const CHECKPOINT_ID = /^[1-9][0-9]{0,15}$/

/**
 * A board's checkpoints (README "History and checkpoints", PROTOCOL.md H9–H12): the
 * facilitator takes named ones; anyone with a link (cookie or bearer) lists and reads
 * them, archived boards included, since reading back is what archives are for.
 */
export function checkpointRoutes({ store, logger }: CheckpointRoutesOptions): Router {
  const router = express.Router()
  const json = express.json({ limit: '4kb' })
  const list = checkpointPaths.list(':id' as BoardId)
  const one = checkpointPaths.one(':id' as BoardId, ':checkpointId')
  const restore = checkpointPaths.restore(':id' as BoardId, ':checkpointId')
  const summaryOf = async (boardId: BoardId, checkpoint: CheckpointInfo) =>
    summary(checkpoint, await checkpointCards(store.log, boardId, checkpoint.id))

  router.post(list, json, async (req, res) => {
    const auth = await authorize(store.boards, req)
    requireFacilitator(auth)
    const label = labelOf(req.body)
    const existing = await store.log.listCheckpoints(auth.board.id)
    if (existing.filter((c) => c.kind === 'named').length >= MAX_NAMED_CHECKPOINTS) {
      throw new HttpError(
        409,
        'too_many_checkpoints',
        `This board already keeps ${MAX_NAMED_CHECKPOINTS} named checkpoints, the most it can.`,
      )
    }
    const checkpoint = await takeCheckpoint(store.log, auth.board.id, 'named', label)
    logger.info({ boardId: auth.board.id, checkpointId: checkpoint.id }, 'checkpoint taken')
    noStore(res)
      .status(201)
      .json(await summaryOf(auth.board.id, checkpoint))
  })

  router.get(list, async (req, res) => {
    const auth = await authorize(store.boards, req)
    const checkpoints = await store.log.listCheckpoints(auth.board.id)
    const summaries: CheckpointSummary[] = []
    // Newest first; card counts are read once per checkpoint, then remembered (H25).
    for (const checkpoint of checkpoints.reverse()) {
      summaries.push(await summaryOf(auth.board.id, checkpoint))
    }
    noStore(res).json({ checkpoints: summaries } satisfies CheckpointListResponse)
  })

  router.get(one, async (req, res) => {
    const auth = await authorize(store.boards, req)
    const id = String(req.params.checkpointId)
    const checkpoint = CHECKPOINT_ID.test(id)
      ? await store.log.loadCheckpoint(auth.board.id, Number(id))
      : null
    if (checkpoint === null) {
      throw new HttpError(404, 'checkpoint_not_found', 'This board has no such checkpoint.')
    }
    const contents = readBoardUpdates([checkpoint.snapshot])
    noStore(res).json({
      checkpoint: summary(checkpoint, cardsIn(contents.records)),
      schema: contents.schema,
      records: contents.records,
    } satisfies CheckpointResponse)
  })

  // H27: the facilitator restores a checkpoint, as a new change everyone connected sees.
  router.post(restore, async (req, res) => {
    const auth = await authorize(store.boards, req)
    requireFacilitator(auth)
    if (auth.board.archived) {
      throw new HttpError(
        409,
        'board_archived',
        'This board is archived. Reopen it before restoring a checkpoint.',
      )
    }
    const id = String(req.params.checkpointId)
    let restored
    try {
      restored = CHECKPOINT_ID.test(id)
        ? await restoreCheckpoint(store.log, auth.board.id, Number(id))
        : null
    } catch (error) {
      if (!(error instanceof CheckpointUnreadableError)) throw error
      throw new HttpError(
        409,
        'checkpoint_unreadable',
        'This checkpoint cannot be restored by this version of Common Ground.',
      )
    }
    if (restored === null) {
      throw new HttpError(404, 'checkpoint_not_found', 'This board has no such checkpoint.')
    }
    logger.info(
      { boardId: auth.board.id, checkpointId: restored.restored.id, before: restored.before.id },
      'checkpoint restored',
    )
    noStore(res).json({
      before: await summaryOf(auth.board.id, restored.before),
      restored: await summaryOf(auth.board.id, restored.restored),
    } satisfies RestoreCheckpointResponse)
  })

  return router
}

function summary(checkpoint: CheckpointInfo, cards: number | null): CheckpointSummary {
  return {
    id: checkpoint.id,
    kind: checkpoint.kind,
    label: checkpoint.label,
    seq: checkpoint.seq,
    createdAt: new Date(checkpoint.createdAt).toISOString(),
    bytes: checkpoint.bytes,
    cards,
  }
}

/** The validated label of a `POST …/checkpoints` body. */
function labelOf(body: unknown): string {
  const label: unknown = (body as { label?: unknown } | undefined)?.label
  const trimmed = typeof label === 'string' ? label.trim() : ''
  if (trimmed.length === 0 || trimmed.length > MAX_CHECKPOINT_LABEL_LENGTH) {
    throw new HttpError(
      400,
      'bad_label',
      `Name the checkpoint with 1 to ${MAX_CHECKPOINT_LABEL_LENGTH} characters, as { "label": "…" }.`,
    )
  }
  if (CONTROL_CHARACTERS.test(trimmed)) {
    throw new HttpError(400, 'bad_label', 'A checkpoint name cannot contain line breaks or tabs.')
  }
  return trimmed
}

function noStore(res: Response): Response {
  return res.set('Cache-Control', 'no-store')
}
