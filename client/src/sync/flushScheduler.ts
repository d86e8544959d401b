/**
 * Schedules one run of `task` and returns a function that cancels it. The binding asks
 * for at most one pending run at a time, so a scheduler coalesces every change made
 * before it fires into a single Yjs transaction.
 */
export type FlushScheduler = (task: () => void) => () => void

/** One flush per animation frame; falls back to a macrotask where there are no frames. */
export const animationFrameScheduler: FlushScheduler = (task) => {
  if (typeof requestAnimationFrame === 'function') {
    const handle = requestAnimationFrame(() => task())
    return () => cancelAnimationFrame(handle)
  }
  const handle = setTimeout(task, 0)
  return () => clearTimeout(handle)
}

/**
 * The average time between two flushes of one binding while changes keep coming (a drag,
 * typing). A moved shape travels as a ~100-byte motion entry (shared/src/motion.ts) and
 * anything else as its whole ~400-byte record, so this sets the upload rate: 40 ms is 25
 * positions a second for others to see, for about 2.5 KB/s of motion.
 */
export const FLUSH_INTERVAL_MS = 40

/** What a binding uses unless told otherwise: frames, paced to FLUSH_INTERVAL_MS. */
export function defaultFlushScheduler(): FlushScheduler {
  return paced(animationFrameScheduler, FLUSH_INTERVAL_MS)
}

/**
 * How many intervals late a run must be to count as coming after a pause. A run a little
 * late (dropped frames, a busy main thread) is made up by the next ones on the frames
 * that follow; only after a real pause does the pace start afresh instead of catching up.
 */
const PAUSE_INTERVALS = 4

/**
 * Paces runs of `base` to one per `intervalMs` on average. Each run is due a whole
 * interval after the previous one was due, not after it ran: with frames, a run lands on
 * the first frame at or after its due time, so spacing runs from when they ran would round
 * 40 ms up to every third frame at 60 Hz (20 a second); pacing from the due times
 * alternates two and three frames and keeps 25 a second, and at 40 fps still 25. Each
 * call makes an independent clock: one per binding.
 */
export function paced(
  base: FlushScheduler,
  intervalMs: number,
  now: () => number = () => performance.now(),
): FlushScheduler {
  let nextDue = Number.NEGATIVE_INFINITY
  return (task) => {
    let cancelled = false
    let cancelInner: (() => void) | null = null
    const run = () => {
      const at = now()
      nextDue = at - nextDue > intervalMs * PAUSE_INTERVALS ? at + intervalMs : nextDue + intervalMs
      task()
    }
    const wait = nextDue - now()
    if (wait <= 0) return base(run)
    const timer = setTimeout(() => {
      if (!cancelled) cancelInner = base(run)
    }, wait)
    return () => {
      cancelled = true
      clearTimeout(timer)
      cancelInner?.()
    }
  }
}

/** A scheduler a test drives by hand: nothing runs until `runPending()`. */
export function createManualScheduler(): FlushScheduler & { runPending(): void } {
  const tasks = new Set<() => void>()
  const schedule = (task: () => void) => {
    tasks.add(task)
    return () => void tasks.delete(task)
  }
  return Object.assign(schedule, {
    runPending() {
      const due = [...tasks]
      tasks.clear()
      for (const task of due) task()
    },
  })
}
