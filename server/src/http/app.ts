import express, { type Express, type RequestHandler } from 'express'
import type { Logger } from 'pino'
import { apiPaths, ASSET_TYPES, type ClientConfig, type Limits } from '@common-ground/shared'
import type { PersonKeys } from '../auth/personIdentity.js'
import type { ServerMetrics } from '../metrics/ServerMetrics.js'
import { recordSources, type RecordSources } from '../export/recordSources.js'
import type { RoomManager } from '../room/RoomManager.js'
import type { BoardStore } from '../storage/BoardStore.js'
import type { HealthReport } from '../startServer.js'
import type { WindowLimit } from './RedisWindowLimit.js'
import type { JoinCodeLimits } from './joinCodeRoutes.js'
import { assetRoutes } from './assetRoutes.js'
import { boardRoutes } from './boardRoutes.js'
import { checkpointRoutes } from './checkpointRoutes.js'
import { historyRoutes } from './historyRoutes.js'
import { clientRoutes } from './clientRoutes.js'
import { exportRoutes } from './exportRoutes.js'
import { joinCodeRoutes } from './joinCodeRoutes.js'
import { PUBLIC_URL_SETTING } from './publicOrigin.js'
import { serverInfoRoutes } from './serverInfoRoutes.js'
import { errorHandler, notFound } from './HttpError.js'
import { securityHeaders } from './securityHeaders.js'
import { templateRoutes } from './templateRoutes.js'
import type { SecretStore } from '../storage/SecretStore.js'

export interface AppOptions {
  /** Tests replace what the session record reads of votes or voice balance. */
  recordSources?: Partial<RecordSources>
  store: BoardStore
  rooms: RoomManager
  metrics: ServerMetrics
  limits: Limits
  clientDist: string
  tldrawLicenseKey: string | null
  /** `PUBLIC_URL` as an origin, or null to make links with each request's address. */
  publicUrl?: string | null
  /**
   * How many reverse proxies stand in front of us (TRUST_PROXY). With 0, `X-Forwarded-*`
   * headers are ignored; with n, the client address, scheme and host come from them.
   */
  trustProxy: number
  logger: Logger
  persons: PersonKeys
  /** R74: board creations per address, shared by every process when there are several. */
  creationLimit?: WindowLimit
  /** R65: join-code tries per address and per server, shared likewise. */
  joinCodeLimits?: JoinCodeLimits
  /** R76: the store and the bus, for `/healthz`; both assumed up when absent. */
  health?: () => Promise<HealthReport>
  /**
   * What the server keeps per person (participation counts, H30; the session record's
   * cover and voice balance); in memory when absent.
   */
  secrets?: SecretStore
}

/** The HTTP side of the server. WebSockets are wired separately, in websocket.ts. */
export function createApp(options: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', options.trustProxy)
  app.set(PUBLIC_URL_SETTING, options.publicUrl ?? null)
  app.use(securityHeaders)
  app.use(accessLog(options.logger))

  app.get(apiPaths.health, async (_req, res) => {
    const health = (await options.health?.()) ?? null
    // R76: a process that cannot reach its store cannot take changes: a load balancer
    // should send people elsewhere. Without the bus it still serves its own sockets.
    const storeOk = health?.store.ok ?? true
    res.status(storeOk ? 200 : 503).json({
      status: storeOk ? 'ok' : 'store-unavailable',
      rooms: options.rooms.roomCount,
      connections: options.rooms.connectionCount,
      ...(health ?? {}),
    })
  })

  app.get(apiPaths.config, (_req, res) => {
    res.json({
      tldrawLicenseKey: options.tldrawLicenseKey,
      maxAssetBytes: options.limits.maxAssetBytes,
      assetTypes: ASSET_TYPES,
    } satisfies ClientConfig)
  })

  app.get(apiPaths.metrics, async (_req, res) => {
    const { contentType, body } = await options.metrics.scrape()
    res.set('Cache-Control', 'no-store').type(contentType).send(body)
  })

  app.use(boardRoutes(options))
  app.use(assetRoutes(options.store, options.limits))
  app.use(templateRoutes())
  app.use(joinCodeRoutes(options))
  app.use(serverInfoRoutes())
  app.use(
    exportRoutes(
      options.store,
      options.secrets ?? null,
      recordSources(options.secrets ?? null, options.recordSources),
    ),
  )
  app.use(checkpointRoutes(options))
  app.use(historyRoutes(options))
  app.use('/api', notFound)
  app.use(clientRoutes(options.clientDist))
  app.use(notFound)
  app.use(errorHandler(options.logger))
  return app
}

/** One debug line per request. Headers are logged as they came; the logger redacts credentials. */
function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (!logger.isLevelEnabled('debug')) return next()
    const started = performance.now()
    res.once('finish', () => {
      logger.debug(
        {
          req: { method: req.method, url: req.originalUrl, headers: req.headers },
          res: { status: res.statusCode, headers: res.getHeaders() },
          ms: Math.round(performance.now() - started),
        },
        'request',
      )
    })
    next()
  }
}
