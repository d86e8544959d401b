/**
 * At most `limit` events per key in any `windowMs`. Keeps the times of recent events per
 * key and forgets keys whose events have all expired, so memory follows the number of
 * recently active keys. Used for board creation per address.
 */
export class SlidingWindowLimit {
  private readonly events = new Map<string, number[]>()
  private lastSweep = 0

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an event for `key` if allowed; otherwise says how long until one would be. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const now = this.now()
    this.sweep(now)
    const recent = (this.events.get(key) ?? []).filter((time) => time > now - this.windowMs)
    if (recent.length >= this.limit) {
      this.events.set(key, recent)
      const oldest = recent[recent.length - this.limit] ?? now
      return { ok: false, retryAfterMs: Math.max(1, oldest + this.windowMs - now) }
    }
    recent.push(now)
    this.events.set(key, recent)
    return { ok: true }
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return
    this.lastSweep = now
    for (const [key, times] of this.events) {
      if (times.every((time) => time <= now - this.windowMs)) this.events.delete(key)
    }
  }
}
