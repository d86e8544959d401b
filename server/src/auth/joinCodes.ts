import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt } from 'node:crypto'
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  type BoardId,
  type JoinCode,
  type RotatableRole,
} from '@common-ground/shared'
import type { JoinCodeRecord } from '../storage/BoardRegistry.js'

/**
 * Join codes (PROTOCOL.md A20–A24).
 *
 * A board's participant code is derived from the participant token, so replacing the
 * link replaces the code, and the facilitator can be shown it again at any time:
 * code = the first 40 bits of HMAC-SHA256(key = token, "common-ground/join-code") in
 * Crockford base32.
 *
 * The store never holds a code or a token. It holds, per board and role, a lookup key and
 * the token sealed with a key, both stretched from the code by scrypt (64 bytes: the
 * first half is the lookup key, the second the AES-256-GCM key). Whoever types the code
 * gets the token back; whoever reads the database must guess 2^40 codes at scrypt's cost
 * to recover one. Lookups over HTTP are rate-limited (joinCodeRoutes.ts).
 */

const CODE_LABEL = 'common-ground/join-code'
const SCRYPT_SALT = 'common-ground/join-code/v1'
// 16 MiB and about 40 ms a derivation: slow for a database thief, cheap for one person.
const SCRYPT_OPTIONS = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }
const IV_BYTES = 12
const TAG_BYTES = 16

export function joinCodeOf(token: string): JoinCode {
  const digest = createHmac('sha256', token).update(CODE_LABEL).digest()
  let bits = 0
  let value = 0
  let code = ''
  for (const byte of digest) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5 && code.length < JOIN_CODE_LENGTH) {
      bits -= 5
      code += JOIN_CODE_ALPHABET[(value >> bits) & 31]
    }
    value &= (1 << bits) - 1
    if (code.length === JOIN_CODE_LENGTH) break
  }
  return code as JoinCode
}

interface CodeKeys {
  /** Hex; what the store indexes codes by. */
  lookup: string
  sealKey: Buffer
}

async function keysOf(code: JoinCode): Promise<CodeKeys> {
  const derived = await new Promise<Buffer>((resolve, reject) =>
    scrypt(code, SCRYPT_SALT, 64, SCRYPT_OPTIONS, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
  return { lookup: derived.subarray(0, 32).toString('hex'), sealKey: derived.subarray(32) }
}

/** The record to store for a role's current token, and the code to show. */
export async function sealJoinCode(
  boardId: BoardId,
  role: RotatableRole,
  token: string,
): Promise<{ code: JoinCode; stored: JoinCodeRecord }> {
  const code = joinCodeOf(token)
  const { lookup, sealKey } = await keysOf(code)
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', sealKey, iv)
  cipher.setAAD(Buffer.from(`${boardId}/${role}`))
  const sealed = Buffer.concat([
    iv,
    cipher.update(token, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ])
  return { code, stored: { lookup, boardId, role, sealed: sealed.toString('base64url') } }
}

/** The lookup key for a typed code. */
export async function lookupOf(code: JoinCode): Promise<CodeKeys> {
  return keysOf(code)
}

/** The token sealed in `stored`, or null if the key does not open it. */
export function openJoinCode(stored: JoinCodeRecord, sealKey: Buffer): string | null {
  const bytes = Buffer.from(stored.sealed, 'base64url')
  if (bytes.length < IV_BYTES + TAG_BYTES) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey, bytes.subarray(0, IV_BYTES))
    decipher.setAAD(Buffer.from(`${stored.boardId}/${stored.role}`))
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES))
    const plain = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ])
    return plain.toString('utf8')
  } catch {
    return null
  }
}
