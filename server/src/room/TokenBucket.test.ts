import { describe, expect, it } from 'vitest'
import { TokenBucket } from './TokenBucket.js'

describe('TokenBucket', () => {
  it('allows a full burst, then refills at its rate up to the burst', () => {
    let now = 0
    const bucket = new TokenBucket(2, 4, () => now)
    const takes = (n: number) => Array.from({ length: n }, () => bucket.take())
    expect(takes(5)).toEqual([true, true, true, true, false])
    now += 500
    expect(takes(2)).toEqual([true, false])
    now += 60_000
    expect(takes(5)).toEqual([true, true, true, true, false])
  })
})
