import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isLinkToken, tokenFromHash, type BoardId } from '@common-ground/shared'
import {
  boardLinks,
  boardTokens,
  deriveToken,
  hashToken,
  newBoardCredentials,
  roleOfToken,
} from './linkTokens.js'

describe('link tokens', () => {
  it('derives participant and observer tokens as HMAC-SHA256 of role and rotation', () => {
    const facilitator = 'f'.repeat(43)
    const expected = createHmac('sha256', facilitator)
      .update('common-ground/link/observer/3')
      .digest('base64url')
    expect(deriveToken(facilitator, 'observer', 3)).toBe(expected)
    expect(deriveToken(facilitator, 'observer', 4)).not.toBe(expected)
    expect(deriveToken(facilitator, 'participant', 3)).not.toBe(expected)
    expect(deriveToken('g'.repeat(43), 'observer', 3)).not.toBe(expected)
  })

  it('makes fresh boards with three distinct valid tokens and only their hashes to store', () => {
    const first = newBoardCredentials()
    const second = newBoardCredentials()
    expect(first.tokens.facilitator).not.toBe(second.tokens.facilitator)
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      expect(isLinkToken(first.tokens[role])).toBe(true)
      expect(first.tokenHashes[role]).toBe(hashToken(first.tokens[role]))
      expect(first.tokenHashes[role]).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(new Set(Object.values(first.tokens)).size).toBe(3)
    expect(boardTokens(first.tokens.facilitator, first.rotations)).toEqual(first.tokens)
  })

  it('finds the role of a token by its hash, and none for any other string', () => {
    const { tokens, tokenHashes } = newBoardCredentials()
    expect(roleOfToken(tokenHashes, tokens.facilitator)).toBe('facilitator')
    expect(roleOfToken(tokenHashes, tokens.participant)).toBe('participant')
    expect(roleOfToken(tokenHashes, tokens.observer)).toBe('observer')
    expect(roleOfToken(tokenHashes, tokens.observer.slice(1) + 'A')).toBeNull()
    expect(roleOfToken(tokenHashes, tokenHashes.observer)).toBeNull()
    expect(roleOfToken({ ...tokenHashes, observer: 'not hex' }, tokens.observer)).toBeNull()
  })

  it('puts each token in the fragment of its link', () => {
    const { tokens } = newBoardCredentials()
    const links = boardLinks('https://cg.example', 'board-1' as BoardId, tokens)
    expect(links.participant).toBe(`https://cg.example/b/board-1#t=${tokens.participant}`)
    expect(tokenFromHash(new URL(links.observer).hash)).toBe(tokens.observer)
  })
})
