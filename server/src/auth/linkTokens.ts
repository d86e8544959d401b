import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import {
  LINK_TOKEN_BYTES,
  linkPath,
  ROTATABLE_ROLES,
  type BoardId,
  type Role,
  type RotatableRole,
} from '@common-ground/shared'

/**
 * Link tokens and what the server keeps of them.
 *
 * The facilitator token is random. The participant and observer tokens are derived from
 * it: base64url(HMAC-SHA256(key = facilitator token, `common-ground/link/<role>/<rotation>`)).
 * The store holds only SHA-256 hashes, yet a request that carries the facilitator token can
 * rebuild the current links; rotating a role bumps its rotation, which yields a new token.
 * Nobody without the facilitator token can compute a derived one.
 */

export function newFacilitatorToken(): string {
  return randomBytes(LINK_TOKEN_BYTES).toString('base64url')
}

export function deriveToken(facilitatorToken: string, role: RotatableRole, rotation: number) {
  return createHmac('sha256', facilitatorToken)
    .update(`common-ground/link/${role}/${rotation}`)
    .digest('base64url')
}

/** Hex SHA-256 of a token: the only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Every role's token for a facilitator token and the current rotations. */
export function boardTokens(
  facilitatorToken: string,
  rotations: Record<Role, number>,
): Record<Role, string> {
  const tokens = { facilitator: facilitatorToken } as Record<Role, string>
  for (const role of ROTATABLE_ROLES) {
    tokens[role] = deriveToken(facilitatorToken, role, rotations[role])
  }
  return tokens
}

export interface NewBoardCredentials {
  tokens: Record<Role, string>
  tokenHashes: Record<Role, string>
  rotations: Record<Role, number>
}

/** Tokens for a new board; hand `tokens` to its creator once, store the rest. */
export function newBoardCredentials(): NewBoardCredentials {
  const rotations: Record<Role, number> = { facilitator: 0, participant: 0, observer: 0 }
  const tokens = boardTokens(newFacilitatorToken(), rotations)
  return { tokens, tokenHashes: hashTokens(tokens), rotations }
}

export function hashTokens(tokens: Record<Role, string>): Record<Role, string> {
  return {
    facilitator: hashToken(tokens.facilitator),
    participant: hashToken(tokens.participant),
    observer: hashToken(tokens.observer),
  }
}

/**
 * The role whose stored hash matches the token, or null. Every role is compared, each in
 * constant time, so the time taken says nothing about which hash (if any) matched.
 */
export function roleOfToken(tokenHashes: Record<Role, string>, token: string): Role | null {
  const presented = Buffer.from(hashToken(token), 'hex')
  let match: Role | null = null
  for (const role of Object.keys(tokenHashes) as Role[]) {
    const stored = Buffer.from(tokenHashes[role], 'hex')
    if (stored.length === presented.length && timingSafeEqual(stored, presented)) match ??= role
  }
  return match
}

/** Absolute page URLs, token in the fragment. */
export function linkUrl(origin: string, boardId: BoardId, token: string): string {
  return origin + linkPath(boardId, token)
}

export function boardLinks(
  origin: string,
  boardId: BoardId,
  tokens: Record<Role, string>,
): Record<Role, string> {
  return {
    facilitator: linkUrl(origin, boardId, tokens.facilitator),
    participant: linkUrl(origin, boardId, tokens.participant),
    observer: linkUrl(origin, boardId, tokens.observer),
  }
}
