import { describe, expect, it } from 'vitest'
import { timerRemainingMs } from '@common-ground/shared'
import { formatRemaining } from './useCountdown'

describe('SPEC 30: one timer for all', () => {
  it('reads the time left from the server clock, or the paused time left', () => {
    const running = { durationMs: 300_000, endsAt: 1_000_000, remainingMs: 300_000 }
    expect(timerRemainingMs(running, 990_000)).toBe(10_000)
    expect(timerRemainingMs(running, 1_200_000)).toBe(0)
    expect(timerRemainingMs({ ...running, endsAt: null, remainingMs: 42_000 }, 5)).toBe(42_000)
    expect(timerRemainingMs(null, 5)).toBeNull()
  })

  it('shows minutes and seconds, hours past an hour, rounding up so zero means zero', () => {
    expect(formatRemaining(0)).toBe('0:00')
    expect(formatRemaining(1)).toBe('0:01')
    expect(formatRemaining(65_000)).toBe('1:05')
    expect(formatRemaining(3_723_000)).toBe('1:02:03')
  })
})
