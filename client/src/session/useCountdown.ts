import { useEffect, useRef, useState } from 'react'
import { timerRemainingMs, type SessionTimer } from '@common-ground/shared'
import { beep, isTimerMuted } from './timerSound'

export interface Countdown {
  /** Null without a timer. */
  remainingMs: number | null
  running: boolean
  /** At zero: the visual cue shows. */
  done: boolean
}

/**
 * SPEC 30: the time left, read from the server's clock (this browser's plus `offset`),
 * so every screen shows the same. Beeps once when it reaches zero while watched (not
 * when a page opens on a timer already run out), unless muted.
 */
export function useCountdown(timer: SessionTimer | null, offset: number): Countdown {
  const [now, setNow] = useState(() => Date.now())
  const running = timer !== null && timer.endsAt !== null
  useEffect(() => {
    if (!running) return
    const tick = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(tick)
  }, [running])
  const remainingMs = timerRemainingMs(timer, now + offset)
  const done = remainingMs === 0
  const wasCounting = useRef(false)
  useEffect(() => {
    if (remainingMs !== null && remainingMs > 0) wasCounting.current = true
    else if (done && wasCounting.current) {
      wasCounting.current = false
      if (!isTimerMuted()) beep()
    } else wasCounting.current = false
  }, [remainingMs, done])
  return { remainingMs, running, done }
}

/** "4:05", or "1:02:03" past an hour; rounds up, so zero shows only at zero. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`
}
