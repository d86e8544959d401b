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
  /**
   * The address people use to reach this server (`PUBLIC_URL`), as an origin such as
   * `https://board.example.org`. Every link and QR code is made with it; when null, links
   * use the address each request came to.
   */
  publicUrl: string | null
  tldrawLicenseKey: string | null
  logLevel: string
  /**
   * How many reverse proxies in front of the server to believe (`TRUST_PROXY`, default 0).
   * At 0, `X-Forwarded-For/-Proto/-Host` are ignored, since anyone can send them; set it
   * to 1 behind one proxy that sets them, so links get the public address and scheme and
   * rate limits apply to the real client address.
   */
  trustProxy: number
  limits: Limits
  /**
   * `PERSON_SECRET`: the key that signs person cookies (auth/personIdentity.ts); null
   * keeps a random one in `dataDir`.
   */
  personSecret: string | null
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
  const trustProxy = Number(env.TRUST_PROXY || 0)
  if (!Number.isSafeInteger(trustProxy) || trustProxy < 0) {
    throw new Error(
      `TRUST_PROXY must be the number of reverse proxies in front of the server (0 for none), got "${env.TRUST_PROXY}"`,
    )
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
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    tldrawLicenseKey: env.TLDRAW_LICENSE_KEY || null,
    logLevel,
    trustProxy,
    limits: readLimits(env),
    personSecret: env.PERSON_SECRET || null,
  }
}

/**
 * `PUBLIC_URL` as an origin. Links are `<origin>/b/<id>#t=…` and the client's pages live at
 * the root, so a path, query or fragment would make links that lead nowhere: refused.
 */
export function readPublicUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null
  const problem = `PUBLIC_URL must be the address people open, such as https://board.example.org, got "${value}"`
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(problem)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(problem)
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new Error(`${problem}: no path, query or user name (the app is served from the root)`)
  }
  return url.origin
}
