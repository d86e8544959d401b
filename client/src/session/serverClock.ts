import type { CommandSender } from '../sync/commandChannel'

/**
 * SPEC 25: the server's clock as this browser sees it. Every client shows the timer from
 * the server's time, so two screens agree even when their own clocks do not. Like NTP:
 * the server's answer is taken to be read halfway through the round trip, and the
 * sample with the shortest round trip (the least doubt) wins.
 */
export interface ClockSample {
  /** This browser's clock when the question left and when the answer came. */
  sentAt: number
  receivedAt: number
  serverTime: number
}

/** How far the server's clock is ahead of this one (ms), from the best sample; null if none. */
export function offsetFromSamples(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null
  for (const sample of samples) {
    if (sample.receivedAt < sample.sentAt) continue
    if (best === null || sample.receivedAt - sample.sentAt < best.receivedAt - best.sentAt) {
      best = sample
    }
  }
  if (best === null) return null
  return Math.round(best.serverTime - (best.sentAt + best.receivedAt) / 2)
}

/** Asks the server's time `count` times, one after another; resolves the offset or null. */
export async function measureClockOffset(
  commands: CommandSender,
  count = 3,
  now: () => number = Date.now,
): Promise<number | null> {
  const samples: ClockSample[] = []
  for (let i = 0; i < count; i++) {
    const sentAt = now()
    const outcome = await commands.send('clock', {})
    const receivedAt = now()
    if (outcome.ok) samples.push({ sentAt, receivedAt, serverTime: outcome.result.serverTime })
  }
  return offsetFromSamples(samples)
}
