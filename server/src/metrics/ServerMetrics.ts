import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { BusMetrics } from '../bus/BusMetrics.js'
import type { RoomMetrics } from '../room/RoomMetrics.js'

/** What the gauges read when Prometheus scrapes; the RoomManager's own counts. */
export interface LiveCounts {
  readonly connectionCount: number
  readonly roomCount: number
}

const PREFIX = 'common_ground_'

/**
 * The server's Prometheus metrics, in a registry of its own (so several servers in one
 * test process do not collide), with Node's default process metrics. The relay core
 * reports through {@link RoomMetrics}; gauges are read from the room manager on scrape.
 */
export class ServerMetrics implements RoomMetrics, BusMetrics {
  readonly registry = new Registry()
  private readonly messagesIn: Counter
  private readonly messagesOut: Counter
  private readonly bytesIn: Counter
  private readonly bytesOut: Counter
  private readonly rejections: Counter<'reason'>
  private readonly appendDuration: Histogram
  private readonly busLag: Histogram
  private readonly busPublishFailures: Counter
  private readonly busCatchUpRequests: Counter<'reason'>
  private readonly caughtUpEntries: Counter
  private readonly catchUps: Counter
  private counts: LiveCounts | null = null

  constructor() {
    const counts = () => this.counts
    const registers = [this.registry]
    collectDefaultMetrics({ register: this.registry })
    new Gauge({
      name: `${PREFIX}connections`,
      help: 'Open WebSocket connections to boards.',
      registers,
      collect() {
        this.set(counts()?.connectionCount ?? 0)
      },
    })
    new Gauge({
      name: `${PREFIX}boards_loaded`,
      help: 'Boards held in memory (live rooms, including ones unloading).',
      registers,
      collect() {
        this.set(counts()?.roomCount ?? 0)
      },
    })
    this.messagesIn = new Counter({
      name: `${PREFIX}messages_in_total`,
      help: 'WebSocket messages received from clients.',
      registers,
    })
    this.messagesOut = new Counter({
      name: `${PREFIX}messages_out_total`,
      help: 'WebSocket messages queued to clients.',
      registers,
    })
    this.bytesIn = new Counter({
      name: `${PREFIX}bytes_in_total`,
      help: 'Bytes of WebSocket messages received from clients.',
      registers,
    })
    this.bytesOut = new Counter({
      name: `${PREFIX}bytes_out_total`,
      help: 'Bytes of WebSocket messages queued to clients.',
      registers,
    })
    this.rejections = new Counter({
      name: `${PREFIX}messages_rejected_total`,
      help: 'Messages refused, or sockets closed for a rule, by close code name.',
      labelNames: ['reason'],
      registers,
    })
    this.appendDuration = new Histogram({
      name: `${PREFIX}store_append_seconds`,
      help: 'Time of one durable append of an update to the board store.',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    })
    // R73: between processes (README "Several processes").
    this.busLag = new Histogram({
      name: `${PREFIX}bus_lag_seconds`,
      help: 'Time from another process publishing a board event to this one receiving it.',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers,
    })
    this.busPublishFailures = new Counter({
      name: `${PREFIX}bus_publish_failures_total`,
      help: 'Board events not published because the bus was down (caught up from the log).',
      registers,
    })
    this.busCatchUpRequests = new Counter({
      name: `${PREFIX}bus_catch_up_requests_total`,
      help: 'Times every loaded board was told to check the log, by reason.',
      labelNames: ['reason'],
      registers,
    })
    this.catchUps = new Counter({
      name: `${PREFIX}catch_ups_total`,
      help: 'Catch-ups that found entries the bus had not brought.',
      registers,
    })
    this.caughtUpEntries = new Counter({
      name: `${PREFIX}caught_up_entries_total`,
      help: 'Log entries read in catch-ups because the bus had not brought them.',
      registers,
    })
  }

  /** Where the gauges read their values from at each scrape. */
  watch(counts: LiveCounts): void {
    this.counts = counts
  }

  messageIn(bytes: number): void {
    this.messagesIn.inc()
    this.bytesIn.inc(bytes)
  }

  messagesSent(count: number, bytes: number): void {
    if (count === 0) return
    this.messagesOut.inc(count)
    this.bytesOut.inc(count * bytes)
  }

  rejected(reason: string): void {
    this.rejections.inc({ reason })
  }

  appendSeconds(seconds: number): void {
    this.appendDuration.observe(seconds)
  }

  caughtUp(entries: number): void {
    this.catchUps.inc()
    this.caughtUpEntries.inc(entries)
  }

  received(lagSeconds: number): void {
    this.busLag.observe(lagSeconds)
  }

  publishFailed(): void {
    this.busPublishFailures.inc()
  }

  catchUpRequested(reason: 'reconnect' | 'interval'): void {
    this.busCatchUpRequests.inc({ reason })
  }

  /** The exposition text and its content type, for `GET /metrics`. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() }
  }
}
