import { CloseCode } from '@common-ground/shared'

/**
 * What the relay core reports as it works. The core knows nothing of Prometheus: the
 * HTTP layer implements this with prom-client and serves it at `GET /metrics`; tests and
 * the default use {@link noRoomMetrics}.
 */
export interface RoomMetrics {
  /** A message arrived from a client. */
  messageIn(bytes: number): void
  /**
   * `count` copies of a `bytes`-long message were queued to clients: a broadcast is
   * counted once, so its cost does not grow with the room.
   */
  messagesSent(count: number, bytes: number): void
  /**
   * A message was refused or its socket closed for a rule; `reason` is a CloseCode name
   * (`InvalidRecord`, `RateLimited`, ...) or, for messages dropped without a close, one of
   * {@link DropReason}.
   */
  rejected(reason: string): void
  /** One durable append to the store took this long. */
  appendSeconds(seconds: number): void
  /** R57, R72: a room read `entries` entries from the log that the bus had not brought. */
  caughtUp?(entries: number): void
}

export const noRoomMetrics: RoomMetrics = {
  messageIn() {},
  messagesSent() {},
  rejected() {},
  appendSeconds() {},
}

/** Reasons for messages the room drops without closing their socket. */
export const DropReason = {
  /** A document update from a connection that may not write (R15). */
  ReadOnly: 'ReadOnly',
  /** An awareness message over the connection's awareness rate (R21). */
  AwarenessThrottled: 'AwarenessThrottled',
  /** An awareness entry for a client id another connection owns, newer than the room's (R25). */
  AwarenessForeign: 'AwarenessForeign',
  /** An awareness entry for a new client id past the connection's or board's bound (R25, R26). */
  AwarenessOverLimit: 'AwarenessOverLimit',
  /** An awareness state larger than `maxAwarenessStateBytes` (R26). */
  AwarenessTooLarge: 'AwarenessTooLarge',
} as const

const closeCodeNames = new Map<number, string>(
  Object.entries(CloseCode).map(([name, code]) => [code, name]),
)

/** The name of a close code as metrics label it, e.g. 4010 → `InvalidRecord`. */
export function closeCodeName(code: CloseCode): string {
  return closeCodeNames.get(code) ?? String(code)
}
