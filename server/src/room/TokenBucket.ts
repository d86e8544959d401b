/** Milliseconds from any fixed origin; rooms take one so tests can move time by hand. */
export type Clock = () => number

/**
 * A token bucket: `perSecond` tokens flow in continuously up to `burst`, and each message
 * takes one. It starts full, so a client that has been quiet may send `burst` at once.
 */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly clock: Clock,
  ) {
    this.tokens = burst
    this.last = clock()
  }

  /** Takes a token if there is one. */
  take(): boolean {
    const now = this.clock()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
