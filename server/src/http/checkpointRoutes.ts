import express, { type Response, type Router } from 'express'
import {
  checkpointPaths,
  MAX_CHECKPOINT_LABEL_LENGTH,
  MAX_NAMED_CHECKPOINTS,
  type BoardId,
  type CheckpointListResponse,
  type CheckpointResponse,
  type CheckpointSummary,
} from '@common-ground/shared'
import type { Logger } from 'pino'
import { readBoardUpdates } from '../export/storedBoard.js'
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
    noStore(res).status(201).json(summaryOf(checkpoint))
  })

  router.get(list, async (req, res) => {
    const auth = await authorize(store.boards, req)
    const checkpoints = await store.log.listCheckpoints(auth.board.id)
    noStore(res).json({
      checkpoints: checkpoints.map(summaryOf).reverse(),
    } satisfies CheckpointListResponse)
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
      checkpoint: summaryOf(checkpoint),
      schema: contents.schema,
      records: contents.records,
    } satisfies CheckpointResponse)
  })

  return router
}

function summaryOf(checkpoint: CheckpointInfo): CheckpointSummary {
  return {
    id: checkpoint.id,
    kind: checkpoint.kind,
    label: checkpoint.label,
    seq: checkpoint.seq,
    createdAt: new Date(checkpoint.createdAt).toISOString(),
    bytes: checkpoint.bytes,
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
