import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Logger } from 'pino'
import type { BoardId } from '@common-ground/shared'
import type { BoardBus, BoardEvent, BoardEventHandler } from './BoardBus.js'
import { decodeBusFrame, encodeBusFrame } from './busFrame.js'
import { noBusMetrics, type BusMetrics } from './BusMetrics.js'

export interface RedisBusOptions {
  /** `REDIS_URL`, e.g. `redis://127.0.0.1:6379`. */
  url: string
  /** Prefix of every channel and key, so several deployments can share one Redis. */
  prefix?: string
  logger: Logger
  metrics?: BusMetrics
  /**
   * R72: how often every loaded board checks the log for entries the bus lost (ms; 0
   * never). The last update before a loss shows no gap until the next one: this bounds how
   * long a quiet board can stay behind. Default 5000.
   */
  catchUpIntervalMs?: number
  /** Tests: drops an incoming event when it returns true, as a lossy network would. */
  dropIncoming?: (event: BoardEvent) => boolean
  /** How long `open` waits for Redis before start-up fails (ms, default 5000). */
  connectTimeoutMs?: number
}

/**
 * A {@link BoardBus} between processes over Redis pub/sub, one channel per board (R70).
 * A process subscribes to a board's channel while it has the board loaded, so it hears
 * only boards it serves. Events go to this process's own subscribers at once, as the
 * in-process bus does, and to the other processes through Redis, in binary frames
 * (busFrame.ts, R71).
 *
 * Pub/sub delivers at most once, and nothing while Redis is away. Nothing is lost for
 * that (R72): an update is in the log before it is published, rooms catch up from the log
 * at the next gap, and this bus tells every loaded board to catch up when it reconnects
 * and every `catchUpIntervalMs`. While Redis is down each process goes on serving its own
 * sockets; publishing fails quietly (counted in the metrics).
 */
export class RedisBus implements BoardBus {
  private readonly handlers = new Map<BoardId, Set<BoardEventHandler>>()
  private readonly id = randomUUID()
  private readonly prefix: string
  private readonly metrics: BusMetrics
  private readonly timer: NodeJS.Timeout | null
  private readySeen = false
  private closed = false

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly options: RedisBusOptions,
  ) {
    this.prefix = `${options.prefix ?? 'cg:'}board:`
    this.metrics = options.metrics ?? noBusMetrics
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel.toString('utf8'), message),
    )
    subscriber.on('ready', () => {
      // ioredis subscribes again to every channel by itself; what was published meanwhile
      // is only in the log.
      if (this.readySeen) {
        this.options.logger.info('board bus reconnected: catching up every loaded board')
        this.requestCatchUp('reconnect')
      }
      this.readySeen = true
    })
    for (const [name, connection] of [
      ['publisher', publisher],
      ['subscriber', subscriber],
    ] as const) {
      connection.on('error', (error: Error) =>
        this.options.logger.warn({ error: error.message, connection: name }, 'board bus error'),
      )
    }
    const interval = options.catchUpIntervalMs ?? 5000
    this.timer = interval > 0 ? setInterval(() => this.requestCatchUp('interval'), interval) : null
    this.timer?.unref()
  }

  /** Connects both connections; throws a clear error if Redis does not answer in time. */
  static async open(options: RedisBusOptions): Promise<RedisBus> {
    const retryStrategy = (times: number) => Math.min(100 * times, 2000)
    // Publishing while Redis is away fails at once rather than piling up in memory.
    const publisher = new Redis(options.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy,
    })
    // Subscriptions made while Redis is away wait for it, then hold for good.
    const subscriber = new Redis(options.url, {
      lazyConnect: true,
      maxRetriesPerRequest: null,
      retryStrategy,
    })
    const bus = new RedisBus(publisher, subscriber, options)
    const timeout = options.connectTimeoutMs ?? 5000
    try {
      await withTimeout(
        Promise.all([publisher.connect(), subscriber.connect()]),
        timeout,
        `Redis at ${redactUrl(options.url)} did not answer within ${timeout} ms`,
      )
    } catch (error) {
      await bus.close()
      throw new Error(`Cannot reach Redis (REDIS_URL): ${(error as Error).message}`)
    }
    return bus
  }

  publish(boardId: BoardId, event: BoardEvent): void {
    this.deliver(boardId, event)
    if (this.closed || this.publisher.status !== 'ready') {
      this.metrics.publishFailed()
      return
    }
    const frame = encodeBusFrame({ sender: this.id, sentAt: Date.now(), event })
    this.publisher.publish(this.prefix + boardId, frame).catch(() => this.metrics.publishFailed())
  }

  subscribe(boardId: BoardId, handler: BoardEventHandler): () => void {
    let handlers = this.handlers.get(boardId)
    if (handlers === undefined) {
      handlers = new Set()
      this.handlers.set(boardId, handlers)
      this.subscriber.subscribe(this.prefix + boardId).catch(this.warn('subscribe'))
    }
    handlers.add(handler)
    return () => {
      handlers.delete(handler)
      if (handlers.size === 0 && this.handlers.get(boardId) === handlers) {
        this.handlers.delete(boardId)
        if (!this.closed) {
          this.subscriber.unsubscribe(this.prefix + boardId).catch(this.warn('unsubscribe'))
        }
      }
    }
  }

  /** True while both connections to Redis are up (for `/healthz`). */
  get connected(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready'
  }

  /** How many boards this process is subscribed to. */
  get boardCount(): number {
    return this.handlers.size
  }

  /** The publishing connection, for other shared state (rate limits) on the same Redis. */
  get redis(): Redis {
    return this.publisher
  }

  get keyPrefix(): string {
    return this.options.prefix ?? 'cg:'
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.timer !== null) clearInterval(this.timer)
    this.publisher.disconnect()
    this.subscriber.disconnect()
  }

  private receive(channel: string, message: Buffer): void {
    if (!channel.startsWith(this.prefix)) return
    const frame = decodeBusFrame(message)
    // Our own frames were delivered here when they were published.
    if (frame === null || frame.sender === this.id) return
    this.metrics.received(Math.max(0, Date.now() - frame.sentAt) / 1000)
    if (this.options.dropIncoming?.(frame.event)) return
    this.deliver(channel.slice(this.prefix.length) as BoardId, frame.event)
  }

  private deliver(boardId: BoardId, event: BoardEvent): void {
    const handlers = this.handlers.get(boardId)
    if (handlers === undefined) return
    for (const handler of [...handlers]) {
      try {
        handler(event)
      } catch {
        // One subscriber's failure must not keep the event from the others.
      }
    }
  }

  private requestCatchUp(reason: 'reconnect' | 'interval'): void {
    if (this.handlers.size === 0) return
    this.metrics.catchUpRequested(reason, this.handlers.size)
    for (const boardId of this.handlers.keys()) {
      this.deliver(boardId, { type: 'catch-up', origin: this.id })
    }
  }

  private warn(what: string) {
    return (error: Error) =>
      this.options.logger.warn({ error: error.message }, `board bus ${what} failed`)
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password !== '') parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(an unreadable URL)'
  }
}
