import { afterEach, expect, test, vi } from 'vitest'
import { withMinInterval, type FlushScheduler } from './flushScheduler'

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
