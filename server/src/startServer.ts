import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { DEFAULT_LIMITS, type Limits } from '@common-ground/shared'
import { DEFAULT_CLIENT_DIST } from './config.js'
import { loadPersonSecret, PersonKeys } from './auth/personIdentity.js'
import { createApp } from './http/app.js'
import { attachWebSockets } from './http/websocket.js'
import { createLogger } from './metrics/logger.js'
import { ServerMetrics } from './metrics/ServerMetrics.js'
import { RoomManager } from './room/RoomManager.js'
import type { BoardStore } from './storage/BoardStore.js'
import { MemorySecretStore } from './storage/MemorySecretStore.js'
import type { SecretStore } from './storage/SecretStore.js'
import { SqliteBoardStore } from './storage/SqliteBoardStore.js'
import { SqliteSecretStore } from './storage/SqliteSecretStore.js'
import { logStartupAdvice } from './startupAdvice.js'

export interface StartServerOptions {
  /** 0 (the default here) picks any free port. */
  port?: number
  host?: string
  /** Where the SQLite file lives; ignored when `store` is given. Default `./data`. */
  dataDir?: string
  /** A store to use instead of SQLite in `dataDir`; the server closes it on close. */
  store?: BoardStore
  clientDist?: string
  tldrawLicenseKey?: string | null
  /** `PUBLIC_URL` as an origin; links use each request's address when null (the default). */
  publicUrl?: string | null
  limits?: Limits
  /** Reverse proxies to believe for `X-Forwarded-*`; default 0 (see ServerConfig). */
  trustProxy?: number
  /** Default: info level with credentials redacted (metrics/logger.ts). */
  logger?: Logger
  /**
   * Signs person cookies (PERSON_SECRET). Unset: kept in `dataDir`; with a `store` and no
   * `dataDir` (tests), a random one for this process.
   */
  personSecret?: string | null
}

export interface RunningServer {
  /** `http://<host>:<port>`, with 127.0.0.1 for a server listening on every interface. */
  url: string
  port: number
  rooms: RoomManager
  store: BoardStore
  metrics: ServerMetrics
  /** Stops accepting, stores every room, closes every socket with GoingAway, closes the store. */
  close(): Promise<void>
}

export const SQLITE_FILE = 'common-ground.sqlite'
const REQUEST_TIMEOUT_MS = 120_000
const NODE_HEADERS_TIMEOUT_MS = 60_000

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger('info')
  const limits = options.limits ?? DEFAULT_LIMITS
  const host = options.host ?? '0.0.0.0'
  const store = options.store ?? new SqliteBoardStore(join(options.dataDir ?? 'data', SQLITE_FILE))
  const persons = new PersonKeys(
    options.store !== undefined && options.dataDir === undefined && !options.personSecret
      ? randomBytes(32)
      : loadPersonSecret(options.dataDir ?? 'data', options.personSecret ?? undefined),
  )
  // Secrets live in the board store's SQLite file; beside a store given by a test, in memory.
  const secrets: SecretStore =
    store instanceof SqliteBoardStore ? new SqliteSecretStore(store.file) : new MemorySecretStore()
  const metrics = new ServerMetrics()
  const rooms = new RoomManager({ store: store.log, secrets, limits, logger, metrics })
  metrics.watch(rooms)
  const app = createApp({
    store,
    rooms,
    metrics,
    limits,
    clientDist: options.clientDist ?? DEFAULT_CLIENT_DIST,
    tldrawLicenseKey: options.tldrawLicenseKey ?? null,
    publicUrl: options.publicUrl ?? null,
    trustProxy: options.trustProxy ?? 0,
    logger,
    persons,
  })
  const server = createServer(
    {
      // A client gets this long to send its request headers (an upgrade's included), and
      // a whole request (an upload) two minutes, checked every second: a slow-loris
      // cannot hold sockets open.
      headersTimeout: limits.handshakeTimeoutMs || NODE_HEADERS_TIMEOUT_MS,
      requestTimeout: Math.max(REQUEST_TIMEOUT_MS, limits.handshakeTimeoutMs),
      connectionsCheckingInterval: 1000,
    },
    app,
  )
  const sockets = attachWebSockets(server, { rooms, store, limits, logger, persons })

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    await secrets.close()
    await store.close()
    throw error
  }
  const { port } = server.address() as AddressInfo
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`
  logger.info({ url }, 'listening')
  logStartupAdvice(logger, {
    publicUrl: options.publicUrl ?? null,
    host,
    port,
    tldrawLicenseKey: options.tldrawLicenseKey ?? null,
  })

  let closing: Promise<void> | null = null
  const close = () =>
    (closing ??= (async () => {
      sockets.stopAccepting()
      const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      await rooms.closeAll()
      await sockets.close()
      server.closeAllConnections()
      await httpClosed
      await secrets.close()
      await store.close()
      logger.info('stopped')
    })())

  return { url, port, rooms, store, metrics, close }
}
