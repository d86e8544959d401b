import express, { type Express } from 'express'
import type { Logger } from 'pino'
import { apiPaths, ASSET_TYPES, type ClientConfig, type Limits } from '@common-ground/shared'
import type { RoomManager } from '../room/RoomManager.js'
import type { BoardStore } from '../storage/BoardStore.js'
import { assetRoutes } from './assetRoutes.js'
import { clientRoutes } from './clientRoutes.js'
import { errorHandler, notFound } from './HttpError.js'

export interface AppOptions {
  store: BoardStore
  rooms: RoomManager
  limits: Limits
  clientDist: string
  tldrawLicenseKey: string | null
  logger: Logger
}

/** The HTTP side of the server. WebSockets are wired separately, in websocket.ts. */
export function createApp(options: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')

  app.get(apiPaths.health, (_req, res) => {
    res.json({
      status: 'ok',
      rooms: options.rooms.roomCount,
      connections: options.rooms.connectionCount,
    })
  })

  app.get(apiPaths.config, (_req, res) => {
    res.json({
      tldrawLicenseKey: options.tldrawLicenseKey,
      maxAssetBytes: options.limits.maxAssetBytes,
      assetTypes: ASSET_TYPES,
    } satisfies ClientConfig)
  })

  app.use(assetRoutes(options.store, options.limits))
  app.use('/api', notFound)
  app.use(clientRoutes(options.clientDist))
  app.use(notFound)
  app.use(errorHandler(options.logger))
  return app
}
