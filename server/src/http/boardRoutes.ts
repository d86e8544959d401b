import express, { type Request, type Response, type Router } from 'express'
import { parseCookie, stringifySetCookie } from 'cookie'
import type { Logger } from 'pino'
import {
  apiPaths,
  CloseCode,
  isBoardId,
  isRole,
  isTemplateId,
  MAX_BOARD_TITLE_LENGTH,
  newBoardId,
  PERSON_COOKIE_NAME,
  ROTATABLE_ROLES,
  sessionCookieName,
  type BoardId,
  type BoardInfo,
  type CreateBoardResponse,
  type Limits,
  type LinksResponse,
  type RotatableRole,
  type RotateLinkResponse,
  TEMPLATE_IDS,
  type TemplateId,
  parseLanguage,
  type LanguageId,
} from '@common-ground/shared'
import {
  boardLinks,
  boardTokens,
  deriveToken,
  hashToken,
  linkUrl,
  newBoardCredentials,
  roleOfToken,
} from '../auth/linkTokens.js'
import type { PersonKeys } from '../auth/personIdentity.js'
import type { RoomManager } from '../room/RoomManager.js'
import { BoardExistsError, type BoardRecord, type NewBoard } from '../storage/BoardRegistry.js'
import type { BoardStore } from '../storage/BoardStore.js'
import { authFailure, authorize, requireFacilitator } from './authorize.js'
import { HttpError } from './HttpError.js'
import { linkOrigin } from './publicOrigin.js'
import { localWindowLimit, type WindowLimit } from './RedisWindowLimit.js'
import { blankBoardUpdate, templateBoardUpdate } from '../templates/templateBoard.js'
import { takeCheckpoint } from '../history/takeCheckpoint.js'

export interface BoardRoutesOptions {
  store: BoardStore
  rooms: RoomManager
  limits: Limits
  logger: Logger
  persons: PersonKeys
  /** R74: board creations per address; shared through Redis when several processes run. */
  creationLimit?: WindowLimit
}

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60
/** A person outlives any one board's session: a year, renewed on every visit. */
const PERSON_MAX_AGE_SECONDS = 365 * 24 * 60 * 60
const ONE_MINUTE_MS = 60_000
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/**
 * Boards, sessions and links (README "Roles and links", PROTOCOL.md "Authentication").
 * Every answer is `Cache-Control: no-store`: it says who may do what on a board.
 */
export function boardRoutes({
  store,
  rooms,
  limits,
  logger,
  persons,
  creationLimit,
}: BoardRoutesOptions): Router {
  const router = express.Router()
  const json = express.json({ limit: '16kb' })
  const creations = creationLimit ?? localWindowLimit(limits.boardCreationsPerMinute, ONE_MINUTE_MS)
  const route = (path: (id: BoardId) => string) => path(':id' as BoardId)

  router.post(apiPaths.boards, json, async (req, res) => {
    const { title, template, language } = newBoardOf(req.body)
    const allowed = await creations.take(req.ip ?? 'unknown')
    if (!allowed.ok) {
      const seconds = Math.ceil(allowed.retryAfterMs / 1000)
      throw new HttpError(
        429,
        'too_many_boards',
        `Too many boards were started from your network in the last minute. ` +
          `Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`,
        { 'Retry-After': String(seconds) },
      )
    }
    const credentials = newBoardCredentials()
    const id = await createWithFreshId(store, (id) => ({ id, title, ...credentials }))
    // The board's schema (R31), with the template if one was chosen, is its first update,
    // stored before anyone can connect (the links are not out yet). Should this append
    // fail, the board exists but starts empty; the request fails, so nobody is handed its
    // links (and the room writes the schema when it loads the board).
    const first =
      template === undefined ? blankBoardUpdate() : templateBoardUpdate(template, language)
    await store.log.append(id, first)
    logger.info({ boardId: id, template, language }, 'board created')
    noStore(res)
      .status(201)
      .json({
        id,
        title,
        links: boardLinks(originOf(req), id, credentials.tokens),
      } satisfies CreateBoardResponse)
  })

  router.get(route(apiPaths.board), async (req, res) => {
    const auth = await authorize(store.boards, req)
    const bearer = /^bearer /i.test(req.headers.authorization ?? '')
    const personId = bearer
      ? (persons.ofHeaders(req.headers) ?? persons.ofToken(auth.board.id, auth.token))
      : personOf(persons, req, res)
    noStore(res).json(boardInfo(auth.board, auth.role, personId))
  })

  router.post(route(apiPaths.session), json, async (req, res) => {
    const id = String(req.params.id)
    if (!isBoardId(id)) throw authFailure(400)
    const token: unknown = (req.body as { token?: unknown } | undefined)?.token
    if (typeof token !== 'string') {
      throw new HttpError(400, 'bad_request', 'Send the token from the link as { "token": "…" }.')
    }
    const board = await store.boards.getBoard(id)
    if (board === null) throw authFailure(404)
    const role = roleOfToken(board.tokenHashes, token)
    if (role === null) throw authFailure(401)
    res.append(
      'Set-Cookie',
      stringifySetCookie(sessionCookieName(id), token, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        secure: req.secure,
        maxAge: SESSION_MAX_AGE_SECONDS,
      }),
    )
    noStore(res).json(boardInfo(board, role, personOf(persons, req, res)))
  })

  router.get(route(apiPaths.links), async (req, res) => {
    const auth = await authorize(store.boards, req)
    requireFacilitator(auth)
    const links = boardLinks(
      originOf(req),
      auth.board.id,
      boardTokens(auth.token, auth.board.rotations),
    )
    noStore(res).json({
      links: { participant: links.participant, observer: links.observer },
    } satisfies LinksResponse)
  })

  router.post(
    route((id) => apiPaths.rotateLink(id, ':role' as RotatableRole)),
    async (req, res) => {
      const auth = await authorize(store.boards, req)
      requireFacilitator(auth)
      const role = String(req.params.role)
      if (!isRotatable(role)) {
        throw new HttpError(
          400,
          'bad_role',
          `Only these links can be replaced: ${ROTATABLE_ROLES.join(', ')}.`,
        )
      }
      const rotation = auth.board.rotations[role] + 1
      const token = deriveToken(auth.token, role, rotation)
      await store.boards.setTokenHash(auth.board.id, role, hashToken(token), rotation)
      rooms.closeConnections(auth.board.id, (open) => open === role, CloseCode.LinkRotated)
      logger.info({ boardId: auth.board.id, role, rotation }, 'link rotated')
      noStore(res).json({
        role,
        link: linkUrl(originOf(req), auth.board.id, token),
      } satisfies RotateLinkResponse)
    },
  )

  router.post(route(apiPaths.archive), json, async (req, res) => {
    const auth = await authorize(store.boards, req)
    requireFacilitator(auth)
    const archived: unknown = (req.body as { archived?: unknown } | undefined)?.archived
    if (typeof archived !== 'boolean') {
      throw new HttpError(400, 'bad_request', 'Send { "archived": true } or { "archived": false }.')
    }
    if (archived !== auth.board.archived) {
      await store.boards.setArchived(auth.board.id, archived)
      // Every socket reconnects and is admitted with the new state: read-only when archived.
      rooms.closeConnections(
        auth.board.id,
        () => true,
        archived ? CloseCode.BoardArchived : CloseCode.Normal,
      )
      // H11: the board as archived is kept for good, whatever happens to it later. Taken
      // once its sockets are closed, so it holds the last edit anyone made.
      if (archived) await takeCheckpoint(store.log, auth.board.id, 'archive', null)
      logger.info(
        { boardId: auth.board.id, archived },
        archived ? 'board archived' : 'board reopened',
      )
    }
    const personId = persons.ofHeaders(req.headers) ?? persons.ofToken(auth.board.id, auth.token)
    noStore(res).json(boardInfo({ ...auth.board, archived }, auth.role, personId))
  })

  return router
}

function boardInfo(board: BoardRecord, role: BoardInfo['role'], personId: string): BoardInfo {
  return { id: board.id, title: board.title, role, archived: board.archived, personId }
}

/**
 * A12: the person a browser's request proves with its signed cookie; a browser without
 * one (or with a forged one) becomes a new person, and the cookie is (re)set either way
 * so it lives a year from the last visit.
 */
function personOf(persons: PersonKeys, req: Request, res: Response): string {
  const known = persons.ofHeaders(req.headers)
  const { personId, cookie } =
    known === null
      ? persons.mint()
      : { personId: known, cookie: parseCookieValue(req.headers.cookie, PERSON_COOKIE_NAME) }
  res.append(
    'Set-Cookie',
    stringifySetCookie(PERSON_COOKIE_NAME, cookie, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: req.secure,
      maxAge: PERSON_MAX_AGE_SECONDS,
    }),
  )
  return personId
}

function parseCookieValue(header: string | undefined, name: string): string {
  return parseCookie(header ?? '')[name] ?? ''
}

function noStore(res: Response): Response {
  return res.set('Cache-Control', 'no-store')
}

function isRotatable(role: string): role is RotatableRole {
  return isRole(role) && (ROTATABLE_ROLES as readonly string[]).includes(role)
}

/**
 * The validated title and template of a `POST /api/boards` body. Unknown fields are
 * ignored; `template`, when present, must be the id of a template (`GET /api/templates`).
 */
function newBoardOf(body: unknown): {
  title: string
  template: TemplateId | undefined
  language: LanguageId
} {
  if (typeof body !== 'object' || body === null) {
    throw new HttpError(400, 'bad_request', 'Send the new board as JSON: { "title": "…" }.')
  }
  const { title, template, language } = body as {
    title?: unknown
    template?: unknown
    language?: unknown
  }
  if (template !== undefined && !isTemplateId(template)) {
    throw new HttpError(
      400,
      'bad_template',
      `There is no such template. Choose one of: ${TEMPLATE_IDS.join(', ')}.`,
    )
  }
  // An unknown language is not an error: the template is then written in the default one.
  return { title: titleOf(title), template, language: parseLanguage(language) }
}

/** A board title from untrusted JSON, trimmed and checked (A8, H28). */
export function titleOf(title: unknown): string {
  const trimmed = typeof title === 'string' ? title.trim() : ''
  if (trimmed.length === 0 || trimmed.length > MAX_BOARD_TITLE_LENGTH) {
    throw new HttpError(
      400,
      'bad_title',
      `Give the board a title of 1 to ${MAX_BOARD_TITLE_LENGTH} characters.`,
    )
  }
  if (CONTROL_CHARACTERS.test(trimmed)) {
    throw new HttpError(400, 'bad_title', 'The title cannot contain line breaks or tabs.')
  }
  return trimmed
}

/** Ids are ~95 random bits, so a clash means something else is wrong after a few tries. */
async function createWithFreshId(
  store: BoardStore,
  record: (id: BoardId) => NewBoard,
): Promise<BoardId> {
  for (let attempt = 0; ; attempt++) {
    const id = newBoardId()
    try {
      await store.boards.createBoard(record(id))
      return id
    } catch (error) {
      if (!(error instanceof BoardExistsError) || attempt >= 2) throw error
    }
  }
}

/** The origin of links: `PUBLIC_URL`, or the address the person reached us at (publicOrigin.ts). */
export function originOf(req: Request): string {
  return linkOrigin(req)
}
