import { translate } from '../i18n/translate'
import { apiErrorWords } from './apiErrorWords'
import {
  apiPaths,
  isBoardId,
  isPersonId,
  isRole,
  ROTATABLE_ROLES,
  type ArchiveRequest,
  type BoardId,
  type BoardInfo,
  type CreateBoardRequest,
  type CreateBoardResponse,
  type InvitationResponse,
  type JoinCodeRequest,
  type JoinCodeResponse,
  type ServerInfo,
  type LinksResponse,
  type RotatableRole,
  type RotateLinkResponse,
  type SessionRequest,
} from '@common-ground/shared'

/**
 * The boards API as the client calls it. Every answer came from the network, so each is
 * checked before the rest of the app sees it; a failure carries the HTTP status (0 when
 * the server could not be reached) and a message a person can read.
 */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string }

export type FetchFn = typeof fetch

const REQUEST_TIMEOUT_MS = 15_000

export const offlineMessage = () => translate('api.offline')

/**
 * Messages by status, in the reader's language: for an error code this client does not
 * know, or a body that is not an ApiError (a proxy's error page, say).
 */
function fallbackMessage(status: number): string {
  if (status === 401) return translate('api.status401')
  if (status === 403) return translate('api.status403')
  if (status === 404) return translate('api.status404')
  if (status === 429) return translate('api.status429')
  if (status >= 500) return translate('api.status5xx')
  return translate('api.other')
}

/** The `error` code of an `ApiError` body, if the body is one. */
export function apiErrorCode(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null
  const { error } = body as Record<string, unknown>
  return typeof error === 'string' ? error : null
}

/**
 * What to tell a person about a failed request: our words for the server's error code,
 * else for the HTTP status. Never the server's English message (see apiErrorWords.ts).
 */
export function failureMessage(status: number, body: unknown): string {
  return apiErrorWords(apiErrorCode(body)) ?? fallbackMessage(status)
}

/**
 * One JSON request. Sends cookies (the board session) on same-origin requests, which is
 * fetch's default; `parse` turns the body into `T` or null when it is not one.
 */
export async function requestJson<T>(
  fetchFn: FetchFn,
  path: string,
  init: { method: 'GET' | 'POST'; body?: unknown },
  parse: (body: unknown) => T | null,
): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetchFn(path, {
      method: init.method,
      headers:
        init.body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
  } catch {
    return { ok: false, status: 0, message: offlineMessage() }
  }
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // Not JSON: handled below by status.
  }
  if (!response.ok) {
    return {
      ok: false,
      status: response.status,
      message: failureMessage(response.status, body),
    }
  }
  const value = parse(body)
  if (value === null)
    return { ok: false, status: response.status, message: translate('api.unexpected') }
  return { ok: true, value }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
}

const isString = (value: unknown): value is string => typeof value === 'string'

export function parseBoardInfo(body: unknown): BoardInfo | null {
  const record = asRecord(body)
  if (!record) return null
  const { id, title, role, archived, personId } = record
  if (!isBoardId(id) || !isString(title) || !isRole(role) || typeof archived !== 'boolean') {
    return null
  }
  if (!isPersonId(personId)) return null
  return { id, title, role, archived, personId }
}

export function parseCreateBoardResponse(body: unknown): CreateBoardResponse | null {
  const record = asRecord(body)
  const links = asRecord(record?.links)
  if (!record || !links || !isBoardId(record.id) || !isString(record.title)) return null
  const { facilitator, participant, observer } = links
  if (!isString(facilitator) || !isString(participant) || !isString(observer)) return null
  return { id: record.id, title: record.title, links: { facilitator, participant, observer } }
}

export function parseLinksResponse(body: unknown): LinksResponse | null {
  const links = asRecord(asRecord(body)?.links)
  if (!links) return null
  const { participant, observer } = links
  if (!isString(participant) || !isString(observer)) return null
  return { links: { participant, observer } }
}

export function parseRotateLinkResponse(body: unknown): RotateLinkResponse | null {
  const record = asRecord(body)
  if (!record || !isString(record.link)) return null
  const role = record.role
  if (!ROTATABLE_ROLES.some((known) => known === role)) return null
  return { role: role as RotatableRole, link: record.link }
}

export function parseInvitation(body: unknown): InvitationResponse | null {
  const record = asRecord(body)
  if (!record || !isString(record.facilitator)) return null
  const { joinCode } = record
  if (joinCode !== null && !isString(joinCode)) return null
  return { facilitator: record.facilitator, joinCode }
}

export function parseServerInfo(body: unknown): ServerInfo | null {
  const record = asRecord(body)
  if (!record || !isString(record.linkOrigin)) return null
  const { publicUrlSet, linkOriginIsLoopback, networkOrigins } = record
  if (typeof publicUrlSet !== 'boolean' || typeof linkOriginIsLoopback !== 'boolean') return null
  if (!Array.isArray(networkOrigins) || !networkOrigins.every(isString)) return null
  return { linkOrigin: record.linkOrigin, publicUrlSet, linkOriginIsLoopback, networkOrigins }
}

export function parseJoinCodeResponse(body: unknown): JoinCodeResponse | null {
  const record = asRecord(body)
  if (!record || !isBoardId(record.boardId) || !isString(record.path)) return null
  if (!record.path.startsWith('/b/')) return null
  return { boardId: record.boardId, path: record.path }
}

/** The boards API bound to a fetch function; tests pass one that answers as they choose. */
export function boardsApi(fetchFn: FetchFn = (...args) => globalThis.fetch(...args)) {
  return {
    createBoard: (title: string) =>
      requestJson(
        fetchFn,
        apiPaths.boards,
        { method: 'POST', body: { title } satisfies CreateBoardRequest },
        parseCreateBoardResponse,
      ),
    startSession: (boardId: BoardId, token: string) =>
      requestJson(
        fetchFn,
        apiPaths.session(boardId),
        { method: 'POST', body: { token } satisfies SessionRequest },
        parseBoardInfo,
      ),
    getBoardInfo: (boardId: BoardId) =>
      requestJson(fetchFn, apiPaths.board(boardId), { method: 'GET' }, parseBoardInfo),
    getLinks: (boardId: BoardId) =>
      requestJson(fetchFn, apiPaths.links(boardId), { method: 'GET' }, parseLinksResponse),
    rotateLink: (boardId: BoardId, role: RotatableRole) =>
      requestJson(
        fetchFn,
        apiPaths.rotateLink(boardId, role),
        { method: 'POST', body: {} },
        parseRotateLinkResponse,
      ),
    getInvitation: (boardId: BoardId) =>
      requestJson(fetchFn, apiPaths.invitation(boardId), { method: 'GET' }, parseInvitation),
    getServerInfo: () =>
      requestJson(fetchFn, apiPaths.serverInfo, { method: 'GET' }, parseServerInfo),
    lookupJoinCode: (code: string) =>
      requestJson(
        fetchFn,
        apiPaths.joinCodes,
        { method: 'POST', body: { code } satisfies JoinCodeRequest },
        parseJoinCodeResponse,
      ),
    setArchived: (boardId: BoardId, archived: boolean) =>
      requestJson(
        fetchFn,
        apiPaths.archive(boardId),
        { method: 'POST', body: { archived } satisfies ArchiveRequest },
        // The answer's body is not part of the contract; success is the status.
        () => true as const,
      ),
  }
}

export type BoardsApi = ReturnType<typeof boardsApi>
