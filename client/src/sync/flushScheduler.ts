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
 * The shortest time between two flushes of one binding. A dragged shape changes every
 * frame and each flush re-sends its whole record (~450 bytes), so flushing every frame
 * costs ~27 KB/s at 60 fps. 40 ms keeps others at 20 or more position updates a second
 * (with frames, a flush lands on the first frame at least 40 ms after the last: every
 * third frame at 60 Hz) for a third of the bytes.
 */
export const FLUSH_MIN_INTERVAL_MS = 40

/** What a binding uses unless told otherwise: frames, at least FLUSH_MIN_INTERVAL_MS apart. */
export function defaultFlushScheduler(): FlushScheduler {
  return withMinInterval(animationFrameScheduler, FLUSH_MIN_INTERVAL_MS)
}

/**
 * Spaces runs of `base` at least `minIntervalMs` apart: a run asked for sooner waits
 * out the rest of the interval first. This is the knob for wire cost while dragging:
 * every flush of a moving shape re-sends the whole record, so flushes per second times
 * record size is the upload rate. Tune it here (or pass a different scheduler to the
 * binding), not inside the binding. Each call makes an independent clock: one per binding.
 */
export function withMinInterval(
  base: FlushScheduler,
  minIntervalMs: number,
  now: () => number = () => performance.now(),
): FlushScheduler {
  let lastRun = Number.NEGATIVE_INFINITY
  return (task) => {
    let cancelled = false
    let cancelInner: (() => void) | null = null
    const run = () => {
      lastRun = now()
      task()
    }
    const wait = lastRun + minIntervalMs - now()
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
