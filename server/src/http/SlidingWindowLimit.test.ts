import { describe, expect, it } from 'vitest'
import { SlidingWindowLimit } from './SlidingWindowLimit.js'

describe('SlidingWindowLimit', () => {
  it('allows `limit` events per key in any window and says when the next one may come', () => {
    let now = 1_000_000
    const limit = new SlidingWindowLimit(2, 60_000, () => now)
    expect(limit.take('a')).toEqual({ ok: true })
    now += 10_000
    expect(limit.take('a')).toEqual({ ok: true })
    expect(limit.take('b')).toEqual({ ok: true })
    now += 5_000
    expect(limit.take('a')).toEqual({ ok: false, retryAfterMs: 45_000 })
    now += 45_000
    expect(limit.take('a')).toEqual({ ok: true })
    expect(limit.take('a')).toEqual({ ok: false, retryAfterMs: 10_000 })
  })

  it('refuses every event at a limit of 0', () => {
    const limit = new SlidingWindowLimit(0, 60_000, () => 5)
    expect(limit.take('a').ok).toBe(false)
  })
})
