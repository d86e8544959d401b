import { describe, expect, it } from 'vitest'
import { CLOSE_REASONS, CloseCode, isCloseCode } from './protocol.js'

describe('close codes', () => {
  it('have a reason that fits in a WebSocket close frame (123 bytes)', () => {
    for (const code of Object.values(CloseCode)) {
      const reason = CLOSE_REASONS[code]
      expect(reason.length, `code ${code}`).toBeGreaterThan(0)
      expect(new TextEncoder().encode(reason).length, `code ${code}`).toBeLessThanOrEqual(123)
    }
  })

  it('are unique and in the ranges RFC 6455 allows', () => {
    const codes = Object.values(CloseCode)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) {
      expect((code >= 1000 && code <= 1015) || (code >= 4000 && code <= 4999)).toBe(true)
    }
  })

  it('recognises only known codes', () => {
    expect(isCloseCode(CloseCode.BoardNotFound)).toBe(true)
    expect(isCloseCode(4999)).toBe(false)
  })
})
