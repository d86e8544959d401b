import { afterEach, expect, test, vi } from 'vitest'
import {
  defaultFlushScheduler,
  FLUSH_INTERVAL_MS,
  paced,
  type FlushScheduler,
} from './flushScheduler'

afterEach(() => {
  vi.useRealTimers()
})

test('paced waits out the interval after a run, and cancels', () => {
  vi.useFakeTimers()
  const immediate: FlushScheduler = (task) => {
    task()
    return () => {}
  }
  const schedule = paced(immediate, 100, () => Date.now())
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

/** Runs `schedule` as the binding does, with a change every 60 Hz frame for `ms`. */
function runFrames(schedule: FlushScheduler, ms: number): number[] {
  const runs: number[] = []
  const start = Date.now()
  let waiting = false
  for (let frame = 0; frame < (ms * 60) / 1000; frame++) {
    // One pending run at a time; frames land on whole milliseconds, as fake timers do.
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
  return runs
}

test('the default scheduler paces moves to one flush per FLUSH_INTERVAL_MS', () => {
  vi.useFakeTimers()
  const runs = runFrames(defaultFlushScheduler(), 2000)
  for (let i = 1; i < runs.length; i++) {
    expect(runs[i]! - runs[i - 1]!).toBeGreaterThanOrEqual(FLUSH_INTERVAL_MS / 2)
  }
  // Two seconds of moves: others see 25 positions a second, not fewer, and no more.
  const perSecond = runs.length / 2
  expect(perSecond).toBeGreaterThanOrEqual(1000 / FLUSH_INTERVAL_MS - 1)
  expect(perSecond).toBeLessThanOrEqual(1000 / FLUSH_INTERVAL_MS + 1)
})

test('after a pause the pace starts afresh instead of catching up', () => {
  vi.useFakeTimers()
  const schedule = paced(
    (task) => (task(), () => {}),
    40,
    () => Date.now(),
  )
  const runs: number[] = []
  const start = Date.now()
  const flush = () => runs.push(Date.now() - start)
  schedule(flush)
  vi.advanceTimersByTime(1000)
  schedule(flush)
  schedule(flush)
  vi.advanceTimersByTime(100)
  expect(runs).toEqual([0, 1000, 1040])
})

test('with frames dropped, runs that land late are made up by the next ones', () => {
  vi.useFakeTimers()
  // A busy main thread: frames on a 60 Hz grid, but every third one dropped (40 fps).
  const FRAME = 1000 / 60
  const lateFrames: FlushScheduler = (task) => {
    const now = Date.now()
    let index = Math.floor(now / FRAME) + 1
    if (index % 3 === 0) index++
    const at = index * FRAME
    const timer = setTimeout(task, at - now)
    return () => clearTimeout(timer)
  }
  const runs = runFrames(
    paced(lateFrames, FLUSH_INTERVAL_MS, () => Date.now()),
    3000,
  )
  expect(runs.length / 3).toBeGreaterThanOrEqual(1000 / FLUSH_INTERVAL_MS - 1)
})
