import { readConfig, type ServerConfig } from './config.js'
import { createLogger } from './metrics/logger.js'
import { startServer } from './startServer.js'

/**
 * The process: configuration from the environment, JSON logs on stdout, and a clean stop
 * on SIGTERM/SIGINT (every room stored and compacted, sockets told GoingAway).
 */

let config: ServerConfig
try {
  config = readConfig(process.env)
} catch (error) {
  console.error(`Common Ground cannot start: ${(error as Error).message}`)
  process.exit(1)
}

const logger = createLogger(config.logLevel)

try {
  const server = await startServer({ ...config, logger })
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
} catch (error) {
  logger.fatal({ err: error }, 'Common Ground could not start')
  process.exit(1)
}
