/**
 * Runs async tasks one at a time, in the order they were queued. A room funnels every
 * store call and every change to its document through one queue, so the order updates
 * are appended to the store is the order they are applied and relayed (PROTOCOL.md R3).
 *
 * A task that throws does not stop the queue; `onError` hears about it.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve()
  private pending = 0

  constructor(private readonly onError: (error: unknown) => void) {}

  push(task: () => Promise<void> | void): void {
    this.pending++
    this.tail = this.tail
      .then(task)
      .catch(this.onError)
      .finally(() => {
        this.pending--
      })
  }

  /** Resolves once every task queued so far, and any they queue in turn, has run. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail
  }

  get size(): number {
    return this.pending
  }
}
