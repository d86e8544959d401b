import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { DEFAULT_LIMITS, type Limits } from '@common-ground/shared'
import type { BoardBus } from './bus/BoardBus.js'
import type { BoardEvent } from './bus/BoardBus.js'
import { RedisBus } from './bus/RedisBus.js'
import { DEFAULT_CLIENT_DIST, type ClusterConfig } from './config.js'
import { localWindowLimit, RedisWindowLimit, type WindowLimit } from './http/RedisWindowLimit.js'
import {
  localJoinCodeLimits,
  LOOKUPS_PER_ADDRESS,
  LOOKUPS_PER_SERVER,
  ONE_MINUTE_MS,
  type JoinCodeLimits,
} from './http/joinCodeRoutes.js'
import { loadPersonSecret, PersonKeys } from './auth/personIdentity.js'
import { createApp } from './http/app.js'
import { attachWebSockets } from './http/websocket.js'
import { createLogger } from './metrics/logger.js'
import { ServerMetrics } from './metrics/ServerMetrics.js'
import { RoomManager } from './room/RoomManager.js'
import type { BoardStore } from './storage/BoardStore.js'
import { PgBoardStore } from './storage/PgBoardStore.js'
import { MemorySecretStore } from './storage/MemorySecretStore.js'
import type { SecretStore } from './storage/SecretStore.js'
import type { RecordSources } from './export/recordSources.js'
import { SqliteBoardStore } from './storage/SqliteBoardStore.js'
import { SqliteSecretStore } from './storage/SqliteSecretStore.js'
import { logStartupAdvice } from './startupAdvice.js'

export interface StartServerOptions {
  /** Vote results and voice balance for the exports (PROTOCOL.md X6, X12). */
  /** Tests replace what the session record reads of votes or voice balance. */
  recordSources?: Partial<RecordSources>
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
  /**
   * Several processes on PostgreSQL and Redis (DATABASE_URL, REDIS_URL); `store` must then
   * be unset. Null or unset: SQLite in `dataDir`, one process.
   */
  cluster?: (ClusterConfig & ClusterTestOptions) | null
}

/** For tests of several processes. */
export interface ClusterTestOptions {
  /** How often every loaded board checks the log for what the bus lost (default 5000 ms). */
  catchUpIntervalMs?: number
  /** Drops an incoming bus event when it returns true. */
  dropIncoming?: (event: BoardEvent) => boolean
}

/** What `/healthz` says about the store and the bus (R76). */
export interface HealthReport {
  store: { kind: 'sqlite' | 'postgres' | 'other'; ok: boolean }
  bus: { kind: 'in-process' | 'redis'; ok: boolean }
}

export interface RunningServer {
  /** `http://<host>:<port>`, with 127.0.0.1 for a server listening on every interface. */
  url: string
  port: number
  rooms: RoomManager
  store: BoardStore
  metrics: ServerMetrics
  bus: BoardBus
  /** What the server keeps per person (R49), e.g. who took part (participation). */
  secrets?: SecretStore
  health(): Promise<HealthReport>
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
  const cluster = options.cluster ?? null
  if (cluster !== null && options.store !== undefined) {
    throw new Error('startServer: give a store or a cluster configuration, not both')
  }
  const metrics = new ServerMetrics()
  const pg =
    cluster === null
      ? null
      : await PgBoardStore.open({
          connectionString: cluster.databaseUrl,
          poolSize: cluster.databasePoolSize,
          schema: cluster.databaseSchema,
        }).catch((error: unknown) => {
          throw new Error(`Cannot use PostgreSQL (DATABASE_URL): ${(error as Error).message}`)
        })
  let redis: RedisBus | null = null
  if (cluster !== null) {
    try {
      redis = await RedisBus.open({
        url: cluster.redisUrl,
        prefix: cluster.redisPrefix,
        logger,
        metrics,
        catchUpIntervalMs: cluster.catchUpIntervalMs,
        dropIncoming: cluster.dropIncoming,
      })
    } catch (error) {
      await pg?.close()
      throw error
    }
  }
  const store: BoardStore =
    pg ?? options.store ?? new SqliteBoardStore(join(options.dataDir ?? 'data', SQLITE_FILE))
  const persons = new PersonKeys(
    options.store !== undefined && options.dataDir === undefined && !options.personSecret
      ? randomBytes(32)
      : loadPersonSecret(options.dataDir ?? 'data', options.personSecret ?? undefined),
  )
  // Secrets live in the board store's SQLite file; beside a store given by a test, in memory.
  const secrets: SecretStore =
    pg !== null
      ? pg.secrets
      : store instanceof SqliteBoardStore
        ? new SqliteSecretStore(store.file)
        : new MemorySecretStore()
  const rooms = new RoomManager({
    store: store.log,
    bus: redis ?? undefined,
    secrets,
    limits,
    logger,
    metrics,
  })
  metrics.watch(rooms)
  const creationLimit: WindowLimit =
    redis !== null
      ? new RedisWindowLimit(
          redis.redis,
          `${redis.keyPrefix}board-creations:`,
          limits.boardCreationsPerMinute,
          60_000,
        )
      : localWindowLimit(limits.boardCreationsPerMinute, 60_000)
  const joinCodeLimits: JoinCodeLimits =
    redis !== null
      ? {
          perAddress: new RedisWindowLimit(
            redis.redis,
            `${redis.keyPrefix}join-code-tries:`,
            LOOKUPS_PER_ADDRESS,
            ONE_MINUTE_MS,
          ),
          perServer: new RedisWindowLimit(
            redis.redis,
            `${redis.keyPrefix}join-code-tries-all:`,
            LOOKUPS_PER_SERVER,
            ONE_MINUTE_MS,
          ),
        }
      : localJoinCodeLimits()
  const health = async (): Promise<HealthReport> => ({
    store: {
      kind: pg !== null ? 'postgres' : store instanceof SqliteBoardStore ? 'sqlite' : 'other',
      ok: pg !== null ? await pg.db.ping() : true,
    },
    bus: redis !== null ? { kind: 'redis', ok: redis.connected } : { kind: 'in-process', ok: true },
  })
  const app = createApp({
    store,
    secrets,
    recordSources: options.recordSources ?? {},
    rooms,
    metrics,
    limits,
    clientDist: options.clientDist ?? DEFAULT_CLIENT_DIST,
    tldrawLicenseKey: options.tldrawLicenseKey ?? null,
    publicUrl: options.publicUrl ?? null,
    trustProxy: options.trustProxy ?? 0,
    logger,
    persons,
    creationLimit,
    joinCodeLimits,
    health,
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
    await redis?.close()
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
      await redis?.close()
      await store.close()
      logger.info('stopped')
    })())

  return { url, port, rooms, store, metrics, bus: rooms.bus, health, close, secrets }
}
