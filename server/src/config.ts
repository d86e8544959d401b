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
  /**
   * Several processes (README "Several processes"): `DATABASE_URL` (PostgreSQL) and
   * `REDIS_URL`, both or neither. Null: the SQLite file in `dataDir` and one process.
   */
  cluster: ClusterConfig | null
}

export interface ClusterConfig {
  databaseUrl: string
  redisUrl: string
  /** `DATABASE_POOL_SIZE`: connections to PostgreSQL this process keeps at most (default 10). */
  databasePoolSize: number
  /** `DATABASE_SCHEMA`: the PostgreSQL schema holding the tables (default `public`). */
  databaseSchema: string
  /** `REDIS_PREFIX`: prefix of every Redis channel and key (default `cg:`). */
  redisPrefix: string
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
  const cluster = readCluster(env)
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
    cluster,
  }
}

/** R75: PostgreSQL and Redis go together: one without the other cannot serve a board twice. */
function readCluster(env: Record<string, string | undefined>): ClusterConfig | null {
  const databaseUrl = env.DATABASE_URL || null
  const redisUrl = env.REDIS_URL || null
  if (databaseUrl === null && redisUrl === null) {
    if (env.DATABASE_POOL_SIZE) {
      throw new Error('DATABASE_POOL_SIZE is set but DATABASE_URL is not: set both, or neither')
    }
    return null
  }
  if (databaseUrl === null || redisUrl === null) {
    const missing = databaseUrl === null ? 'DATABASE_URL' : 'REDIS_URL'
    const given = databaseUrl === null ? 'REDIS_URL' : 'DATABASE_URL'
    throw new Error(
      `${given} is set but ${missing} is not: several processes need both PostgreSQL ` +
        `(DATABASE_URL) and Redis (REDIS_URL). Set both, or neither for one process on SQLite.`,
    )
  }
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL')
  }
  if (!/^rediss?:\/\//.test(redisUrl)) {
    throw new Error('REDIS_URL must be a redis:// or rediss:// URL')
  }
  const databasePoolSize = Number(env.DATABASE_POOL_SIZE || 10)
  if (!Number.isInteger(databasePoolSize) || databasePoolSize < 1 || databasePoolSize > 1000) {
    throw new Error(
      `DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "${env.DATABASE_POOL_SIZE}"`,
    )
  }
  const databaseSchema = env.DATABASE_SCHEMA || 'public'
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    throw new Error(
      `DATABASE_SCHEMA must be a lower-case PostgreSQL identifier, got "${databaseSchema}"`,
    )
  }
  // Person cookies signed by one process must be good at every other.
  if (!env.PERSON_SECRET) {
    throw new Error(
      'PERSON_SECRET must be set when DATABASE_URL and REDIS_URL are: every process signs ' +
        'person cookies with it, so all must share it (at least 32 characters)',
    )
  }
  return {
    databaseUrl,
    redisUrl,
    databasePoolSize,
    databaseSchema,
    redisPrefix: env.REDIS_PREFIX || 'cg:',
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
