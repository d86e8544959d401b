/**
 * What the relay core reports as it works. The core knows nothing of Prometheus: the
 * HTTP layer implements this with prom-client and serves it at `GET /metrics`; tests and
 * the default use {@link noRoomMetrics}.
 */
export interface RoomMetrics {
  /** A message arrived from a client. */
  messageIn(bytes: number): void
  /** A message was queued to a client. */
  messageOut(bytes: number): void
  /** A message was refused or its socket closed for a rule; `reason` is a CloseCode name. */
  rejected(reason: string): void
  /** One durable append to the store took this long. */
  appendSeconds(seconds: number): void
}

export const noRoomMetrics: RoomMetrics = {
  messageIn() {},
  messageOut() {},
  rejected() {},
  appendSeconds() {},
}
