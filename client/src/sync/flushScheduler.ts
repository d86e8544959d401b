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
 * Spaces runs of `base` at least `minIntervalMs` apart: a run asked for sooner waits
 * out the rest of the interval first. This is the knob for wire cost while dragging:
 * every flush of a moving shape re-sends the whole record, so frames per second times
 * record size is the upload rate. Tune it here (or pass a different scheduler to the
 * binding), not inside the binding.
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
