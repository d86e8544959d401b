import { afterEach, expect, test, vi } from 'vitest'
import {
  defaultFlushScheduler,
  FLUSH_MIN_INTERVAL_MS,
  withMinInterval,
  type FlushScheduler,
} from './flushScheduler'

afterEach(() => {
  vi.useRealTimers()
})

test('withMinInterval spaces flushes at least the interval apart, and cancels', () => {
  vi.useFakeTimers()
  const immediate: FlushScheduler = (task) => {
    task()
    return () => {}
  }
  const schedule = withMinInterval(immediate, 100, () => Date.now())
  const runs: number[] = []
  const flush = () => runs.push(Date.now())
  const start = Date.now()

  schedule(flush)
  expect(runs).toEqual([start])
  schedule(flush)
  vi.advanceTimersByTime(99)
  expect(runs).toHaveLength(1)
  vi.advanceTimersByTime(1)
  expect(runs).toEqual([start, start + 100])

  const cancel = schedule(flush)
  cancel()
  vi.advanceTimersByTime(1000)
  expect(runs).toHaveLength(2)
})

test('the default scheduler flushes moves at most every FLUSH_MIN_INTERVAL_MS', () => {
  vi.useFakeTimers()
  const schedule = defaultFlushScheduler()
  const runs: number[] = []
  const start = Date.now()
  let waiting = false
  for (let frame = 0; frame < 60; frame++) {
    // As the binding asks: one pending run at a time, a change every frame.
    if (!waiting) {
      waiting = true
      schedule(() => {
        waiting = false
        runs.push(Date.now() - start)
      })
    }
    vi.advanceTimersByTime(1000 / 60)
  }
  vi.advanceTimersByTime(100)
  for (let i = 1; i < runs.length; i++) {
    expect(runs[i]! - runs[i - 1]!).toBeGreaterThanOrEqual(FLUSH_MIN_INTERVAL_MS)
  }
  // A second of moves still gives others at least 20 positions.
  expect(runs.length).toBeGreaterThanOrEqual(20)
})
