import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, LIMIT_ENV, readLimits } from './limits.js'

describe('readLimits', () => {
  it('uses the defaults when nothing is set', () => {
    expect(readLimits({})).toEqual(DEFAULT_LIMITS)
  })

  it('reads every limit from its own variable', () => {
    const env = Object.fromEntries(Object.values(LIMIT_ENV).map((name, i) => [name, String(i + 1)]))
    const limits = readLimits(env)
    Object.keys(LIMIT_ENV).forEach((key, i) => {
      expect(limits[key as keyof typeof limits]).toBe(i + 1)
    })
  })

  it('names the variable when a value is not a whole number', () => {
    expect(() => readLimits({ MAX_MESSAGE_BYTES: '2MB' })).toThrow(/MAX_MESSAGE_BYTES/)
    expect(() => readLimits({ MAX_ASSET_BYTES: '-1' })).toThrow(/MAX_ASSET_BYTES/)
  })

  it('gives every limit a distinct variable name', () => {
    const names = Object.values(LIMIT_ENV)
    expect(new Set(names).size).toBe(names.length)
  })
})
