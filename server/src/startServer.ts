import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { pino, type Logger } from 'pino'
import { DEFAULT_LIMITS, type Limits } from '@common-ground/shared'
import { DEFAULT_CLIENT_DIST } from './config.js'
import { createApp } from './http/app.js'
import { attachWebSockets } from './http/websocket.js'
import { RoomManager } from './room/RoomManager.js'
import type { BoardStore } from './storage/BoardStore.js'
import { SqliteBoardStore } from './storage/SqliteBoardStore.js'

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
  limits?: Limits
  logger?: Logger
}

export interface RunningServer {
  /** `http://<host>:<port>`, with 127.0.0.1 for a server listening on every interface. */
  url: string
  port: number
  rooms: RoomManager
  /** Stops accepting, stores every room, closes every socket with GoingAway, closes the store. */
  close(): Promise<void>
}

export const SQLITE_FILE = 'common-ground.sqlite'

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino()
  const limits = options.limits ?? DEFAULT_LIMITS
  const host = options.host ?? '0.0.0.0'
  const store = options.store ?? new SqliteBoardStore(join(options.dataDir ?? 'data', SQLITE_FILE))
  const rooms = new RoomManager({ store, limits, logger })
  const app = createApp({
    store,
    rooms,
    limits,
    clientDist: options.clientDist ?? DEFAULT_CLIENT_DIST,
    tldrawLicenseKey: options.tldrawLicenseKey ?? null,
    logger,
  })
  const server = createServer(app)
  const sockets = attachWebSockets(server, rooms, limits, logger)

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    await store.close()
    throw error
  }
  const { port } = server.address() as AddressInfo
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`
  logger.info({ url }, 'listening')

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
      await store.close()
      logger.info('stopped')
    })())

  return { url, port, rooms, close }
}
