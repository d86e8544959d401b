import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import { SlidingWindowLimit } from './SlidingWindowLimit.js'

/** A limit of events per key and window, kept in this process or shared by several. */
export interface WindowLimit {
  take(key: string): Promise<{ ok: true } | { ok: false; retryAfterMs: number }>
}

/** {@link SlidingWindowLimit} of this process alone, as a {@link WindowLimit}. */
export function localWindowLimit(limit: number, windowMs: number): WindowLimit {
  const local = new SlidingWindowLimit(limit, windowMs)
  return { take: async (key) => local.take(key) }
}

// One sorted set per key: members are events, scores their times. Runs atomically in
// Redis, so two processes taking at once cannot both slip under the limit.
const TAKE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`

/**
 * R74: a sliding-window limit every process shares through Redis, e.g. board creations per
 * address: behind a load balancer, one address's requests reach every process, and each
 * counting alone would allow the limit once per process. While Redis does not answer,
 * each process counts alone rather than refusing everyone.
 */
export class RedisWindowLimit implements WindowLimit {
  private readonly fallback: SlidingWindowLimit

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    this.fallback = new SlidingWindowLimit(limit, windowMs)
  }

  async take(key: string): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> {
    if (this.limit < 1) return { ok: false, retryAfterMs: this.windowMs }
    try {
      const wait = Number(
        await this.redis.eval(
          TAKE,
          1,
          `${this.keyPrefix}${key}`,
          Date.now(),
          this.windowMs,
          this.limit,
          randomUUID(),
        ),
      )
      return wait > 0 ? { ok: false, retryAfterMs: wait } : { ok: true }
    } catch {
      return this.fallback.take(key)
    }
  }
}
