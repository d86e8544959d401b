import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import {
  apiPaths,
  BEARER_PREFIX,
  DEFAULT_LIMITS,
  ROLES,
  tokenFromHash,
  WS_PATH,
  wsServerUrl,
  Y_RECORDS,
  type BoardId,
  type CreateBoardRequest,
  type CreateBoardResponse,
  type Limits,
  type Role,
} from '@common-ground/shared'
import { silentLogger } from './room/roomTestkit.testkit.js'
import { startServer, type RunningServer, type StartServerOptions } from './startServer.js'

/** A temporary directory, removed when the current test finishes. */
export function tempDir(prefix = 'cg-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export interface TestServer extends RunningServer {
  dataDir: string
}

/**
 * Starts a real server on 127.0.0.1, port 0, with SQLite in a temporary directory (or the
 * one given, to restart on the same data). It is closed when the current test finishes.
 */
export async function startTestServer(
  options: Omit<StartServerOptions, 'limits'> & { limits?: Partial<Limits> } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir()
  let clientDist = options.clientDist
  if (clientDist === undefined) {
    clientDist = join(dataDir, 'no-client')
    mkdirSync(clientDist, { recursive: true })
  }
  const server = await startServer({
    logger: silentLogger,
    ...options,
    port: 0,
    host: '127.0.0.1',
    dataDir,
    clientDist,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  })
  onTestFinished(() => server.close())
  return { ...server, dataDir }
}

export interface TestBoard extends CreateBoardResponse {
  /** Each role's token, read from the fragment of its link. */
  tokens: Record<Role, string>
}

/** Creates a board through `POST /api/boards`, as the home page does. */
export async function createBoard(
  serverUrl: string,
  title = 'Test board',
  template?: string,
  language?: string,
): Promise<TestBoard> {
  const response = await fetch(serverUrl + apiPaths.boards, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, template, language } satisfies CreateBoardRequest),
  })
  if (response.status !== 201) {
    throw new Error(`creating a board answered ${response.status}: ${await response.text()}`)
  }
  const board = (await response.json()) as CreateBoardResponse
  const tokens = {} as Record<Role, string>
  for (const role of ROLES) {
    const token = tokenFromHash(new URL(board.links[role]).hash)
    if (token === null) throw new Error(`the ${role} link carries no token: ${board.links[role]}`)
    tokens[role] = token
  }
  return { ...board, tokens }
}

/** `Authorization: Bearer <token>`, or nothing for no token. */
export function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { Authorization: BEARER_PREFIX + token }
}

/**
 * `ws`'s WebSocket with an Authorization header: what a non-browser client does. (A browser
 * sends the session cookie instead; the provider code is the same.)
 */
export function webSocketWithToken(token: string | undefined): typeof globalThis.WebSocket {
  class WebSocketWithToken extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: bearer(token) })
    }
  }
  return WebSocketWithToken as unknown as typeof globalThis.WebSocket
}

/** A raw socket to a board's endpoint; errors are swallowed (tests watch close and status). */
export function openSocket(serverUrl: string, boardId: string, token?: string): WebSocket {
  const ws = new WebSocket(`${serverUrl.replace('http', 'ws')}${WS_PATH}/${boardId}`, {
    headers: bearer(token),
  })
  ws.on('error', () => {})
  onTestFinished(() => ws.terminate())
  return ws
}

/** Resolves with the HTTP status of a refused upgrade; rejects if the socket opens. */
export function upgradeStatus(ws: WebSocket): Promise<number> {
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    ws.on('open', () => reject(new Error('the upgrade was accepted')))
  })
}

export interface ProviderOptions {
  /** Sent as a bearer token; without one the server refuses the socket. */
  token?: string
  doc?: Y.Doc
}

/**
 * The smallest record a board accepts: a tldraw page. Tests write pages named after what
 * they check, since the server refuses anything that is not a valid board record.
 */
export function pageRecord(name: string) {
  return { id: `page:${name}`, typeName: 'page', name, index: 'a1', meta: {} }
}

/**
 * The unmodified y-websocket client, as a browser tab would use it, writing records the
 * way the client's binding does (a YKeyValue over the board's records array). Destroyed
 * after the test.
 */
export function openProvider(
  serverUrl: string,
  boardId: BoardId | string,
  { token, doc = new Y.Doc() }: ProviderOptions = {},
) {
  const provider = new WebsocketProvider(wsServerUrl(serverUrl), boardId, doc, {
    WebSocketPolyfill: webSocketWithToken(token),
    disableBc: true,
  })
  const records = new YKeyValue<{ id: string; name?: unknown }>(doc.getArray(Y_RECORDS))
  onTestFinished(() => {
    provider.destroy()
    doc.destroy()
  })
  return {
    provider,
    doc,
    records,
    /** Adds a page called `name` (letters, digits and dashes). */
    write(name: string) {
      records.set(`page:${name}`, pageRecord(name))
    },
    erase(name: string) {
      records.delete(`page:${name}`)
    },
    /** The names of every page, sorted, joined by spaces: what this client sees. */
    content(): string {
      return [...records.map.values()]
        .map((entry) => String(entry.val.name))
        .sort()
        .join(' ')
    },
  }
}
