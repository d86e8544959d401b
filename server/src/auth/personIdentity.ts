import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { IncomingHttpHeaders } from 'node:http'
import { parseCookie } from 'cookie'
import { isPersonId, PERSON_COOKIE_NAME, type BoardId } from '@common-ground/shared'

/** The file in the data directory that holds the signing secret when PERSON_SECRET is unset. */
export const PERSON_SECRET_FILE = 'person-secret'
const SECRET_BYTES = 32
const ID_BYTES = 16
const SIGNATURE_CHARS = 43

/**
 * Who a person is, as the server vouches for it (PROTOCOL.md A12–A14). A browser gets a
 * random person id in a signed, HttpOnly cookie the first time it swaps a link for a
 * session, and keeps it across reloads and boards. A program that sends only a bearer
 * token is the person derived from that token (an HMAC, so the same token is always the
 * same person and the token cannot be read back from the id). Nobody can choose their
 * id: a forged or altered cookie fails the signature and is replaced.
 */
export class PersonKeys {
  constructor(private readonly secret: Buffer) {
    if (secret.byteLength < 16) throw new Error('the person secret must be at least 16 bytes')
  }

  /** A new browser person and the cookie value that proves it. */
  mint(): { personId: string; cookie: string } {
    const personId = `p${randomBytes(ID_BYTES).toString('base64url')}`
    return { personId, cookie: `${personId}.${this.sign(personId)}` }
  }

  /** The person a cookie value proves, or null for a missing, forged or damaged one. */
  verify(cookie: string | undefined): string | null {
    if (cookie === undefined) return null
    const dot = cookie.indexOf('.')
    if (dot < 0) return null
    const personId = cookie.slice(0, dot)
    const signature = Buffer.from(cookie.slice(dot + 1))
    if (!isPersonId(personId) || signature.byteLength !== SIGNATURE_CHARS) return null
    const expected = Buffer.from(this.sign(personId))
    return timingSafeEqual(signature, expected) ? personId : null
  }

  /** The person a program is when it proves its role with a bearer token only. */
  ofToken(boardId: BoardId, token: string): string {
    const digest = createHmac('sha256', this.secret)
      .update(`token\0${boardId}\0${token}`)
      .digest('base64url')
    return `t${digest.slice(0, 22)}`
  }

  /** The person a request's cookie proves, if any. */
  ofHeaders(headers: IncomingHttpHeaders): string | null {
    if (headers.cookie === undefined) return null
    return this.verify(parseCookie(headers.cookie)[PERSON_COOKIE_NAME])
  }

  private sign(personId: string): string {
    return createHmac('sha256', this.secret).update(`person\0${personId}`).digest('base64url')
  }
}

/**
 * The signing secret: `PERSON_SECRET` (at least 32 characters) when set, so several
 * processes or a rebuilt container agree; otherwise a random one kept in
 * `<dataDir>/person-secret` (created on first start, readable by the owner only). Losing
 * it makes every browser a new person, as if everyone cleared their cookies.
 */
export function loadPersonSecret(dataDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 32) throw new Error('PERSON_SECRET must be at least 32 characters')
    return Buffer.from(fromEnv, 'utf8')
  }
  const file = join(dataDir, PERSON_SECRET_FILE)
  if (existsSync(file)) {
    const stored = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url')
    if (stored.byteLength >= SECRET_BYTES) return stored
    throw new Error(`${file} is damaged: delete it to start afresh (everyone becomes a new person)`)
  }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(SECRET_BYTES)
  writeFileSync(file, secret.toString('base64url'), { mode: 0o600, flag: 'wx' })
  chmodSync(file, 0o600)
  return secret
}
