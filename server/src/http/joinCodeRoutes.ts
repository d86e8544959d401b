import express, { type Router } from 'express'
import type { Logger } from 'pino'
import {
  apiPaths,
  formatJoinCode,
  linkPath,
  normalizeJoinCode,
  type BoardId,
  type InvitationResponse,
  type JoinCodeResponse,
} from '@common-ground/shared'
import { lookupOf, openJoinCode, sealJoinCode } from '../auth/joinCodes.js'
import { boardTokens, hashToken, linkUrl } from '../auth/linkTokens.js'
import type { BoardStore } from '../storage/BoardStore.js'
import { authorize, requireFacilitator } from './authorize.js'
import { HttpError } from './HttpError.js'
import { linkOrigin } from './publicOrigin.js'
import { localWindowLimit, type WindowLimit } from './RedisWindowLimit.js'

/**
 * Typed join codes (PROTOCOL.md A20–A24). A code has 40 bits, so guessing one must be
 * slow: each address may try `LOOKUPS_PER_ADDRESS` codes a minute and the whole server
 * `LOOKUPS_PER_SERVER`, which also bounds the scrypt work lookups cost.
 */
export const LOOKUPS_PER_ADDRESS = 10
export const LOOKUPS_PER_SERVER = 300
export const ONE_MINUTE_MS = 60_000

/**
 * R65: the two join-code limits. With several processes they are kept in Redis
 * (RedisWindowLimit), so a load balancer spreading one address's guesses over n processes
 * cannot give it n times the tries; otherwise in this process.
 */
export interface JoinCodeLimits {
  perAddress: WindowLimit
  perServer: WindowLimit
}

export function localJoinCodeLimits(): JoinCodeLimits {
  return {
    perAddress: localWindowLimit(LOOKUPS_PER_ADDRESS, ONE_MINUTE_MS),
    perServer: localWindowLimit(LOOKUPS_PER_SERVER, ONE_MINUTE_MS),
  }
}

const NO_SUCH_CODE =
  'No board has that code. Check it with the facilitator: a code changes when they make a new participant link.'

export interface JoinCodeRoutesOptions {
  store: BoardStore
  logger: Logger
  joinCodeLimits?: JoinCodeLimits
}

export function joinCodeRoutes({ store, logger, joinCodeLimits }: JoinCodeRoutesOptions): Router {
  const router = express.Router()
  const json = express.json({ limit: '1kb' })
  const { perAddress, perServer } = joinCodeLimits ?? localJoinCodeLimits()

  // A21, A23: a typed code answers the participant link's path, while the link it was
  // made from is current.
  router.post(apiPaths.joinCodes, json, async (req, res) => {
    res.set('Cache-Control', 'no-store')
    for (const take of [() => perAddress.take(req.ip ?? 'unknown'), () => perServer.take('all')]) {
      const limit = await take()
      if (!limit.ok) {
        const seconds = Math.ceil(limit.retryAfterMs / 1000)
        throw new HttpError(
          429,
          'too_many_codes',
          `Too many codes were tried in the last minute. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`,
          { 'Retry-After': String(seconds) },
        )
      }
    }
    const typed: unknown = (req.body as { code?: unknown } | undefined)?.code
    if (typeof typed !== 'string' || typed.length > 64) {
      throw new HttpError(400, 'bad_request', 'Send the code as { "code": "ABCD-EFGH" }.')
    }
    const code = normalizeJoinCode(typed)
    if (code === null) {
      throw new HttpError(
        400,
        'bad_code',
        'A join code has 8 letters and digits, such as ABCD-EFGH. Check it and try again.',
      )
    }
    const keys = await lookupOf(code)
    const record = await store.boards.findJoinCode(keys.lookup)
    const token = record === null ? null : openJoinCode(record, keys.sealKey)
    const board = record === null ? null : await store.boards.getBoard(record.boardId)
    // A code stored for a link that was replaced since opens to a token that no longer
    // matches: it stops working with its link.
    if (
      record === null ||
      token === null ||
      board === null ||
      board.tokenHashes[record.role] !== hashToken(token)
    ) {
      throw new HttpError(404, 'no_such_code', NO_SUCH_CODE)
    }
    logger.info({ boardId: board.id }, 'joined by code')
    res.json({ boardId: board.id, path: linkPath(board.id, token) } satisfies JoinCodeResponse)
  })

  // A20, A24: the facilitator's own link and the participant code, registered as it is
  // shown, so every board gets a code the first time its Share dialog opens.
  router.get(apiPaths.invitation(':id' as BoardId), async (req, res) => {
    res.set('Cache-Control', 'no-store')
    const auth = await authorize(store.boards, req)
    requireFacilitator(auth)
    const tokens = boardTokens(auth.token, auth.board.rotations)
    const { code, stored } = await sealJoinCode(auth.board.id, 'participant', tokens.participant)
    const registered = await store.boards.putJoinCode(stored)
    if (!registered) logger.warn({ boardId: auth.board.id }, 'join code taken by another board')
    res.json({
      facilitator: linkUrl(linkOrigin(req), auth.board.id, auth.token),
      joinCode: registered ? formatJoinCode(code) : null,
    } satisfies InvitationResponse)
  })

  return router
}
