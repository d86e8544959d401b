import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readLimits, type Limits } from '@common-ground/shared'

export interface ServerConfig {
  port: number
  host: string
  /** Directory of the SQLite file; relative paths are taken from the working directory. */
  dataDir: string
  /** The built client; by default `client/dist` of this repository, wherever we run from. */
  clientDist: string
  tldrawLicenseKey: string | null
  logLevel: string
  limits: Limits
}

/** `client/dist` beside this package: two levels up from both `src/` and `dist/`. */
export const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url))

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

/**
 * Reads the configuration from an environment. Throws an Error whose message says which
 * variable is wrong and what it should be; main.ts prints it and exits.
 */
export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`)
  }
  const logLevel = env.LOG_LEVEL || 'info'
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`)
  }
  const clientDist = env.CLIENT_DIST
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR || './data'),
    clientDist: clientDist
      ? isAbsolute(clientDist)
        ? clientDist
        : resolve(clientDist)
      : DEFAULT_CLIENT_DIST,
    tldrawLicenseKey: env.TLDRAW_LICENSE_KEY || null,
    logLevel,
    limits: readLimits(env),
  }
}
