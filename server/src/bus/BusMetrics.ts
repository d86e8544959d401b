/** What a bus between processes reports (`GET /metrics`, R73); nothing by default. */
export interface BusMetrics {
  /** An event from another process arrived `lagSeconds` after it was published. */
  received(lagSeconds: number): void
  /** Publishing failed (the bus is down); the event is lost, and caught up later. */
  publishFailed(): void
  /** Every loaded board was told to catch up from the log (`reason`: reconnect, interval). */
  catchUpRequested(reason: 'reconnect' | 'interval', boards: number): void
}

export const noBusMetrics: BusMetrics = {
  received() {},
  publishFailed() {},
  catchUpRequested() {},
}
