import { MAX_STAMPS_PER_REQUEST, type RecordStamp } from '@common-ground/shared'
import type { CommandSender } from '../sync/commandChannel'

/** How long a stamp is shown before it is asked for again (a card may have changed). */
export const STAMP_TTL_MS = 10_000

/**
 * Cards' server stamps (server/PROTOCOL.md R114, R115), asked for in batches: every card a
 * list shows in one moment goes in one `stamps` command (up to 200), so a long table
 * costs one request, not one per row, and stays within the command rate (R45).
 */
export class StampCache {
  private readonly stamps = new Map<string, { stamp: RecordStamp | null; at: number }>()
  private readonly queued = new Set<string>()
  private readonly listeners = new Set<() => void>()
  private scheduled = false

  constructor(
    private readonly commands: CommandSender,
    private readonly now: () => number = () => Date.now(),
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The stamp known for `id` (null: none yet); asks the server when it is missing or old. */
  get(id: string): RecordStamp | null {
    const known = this.stamps.get(id)
    if (known === undefined || this.now() - known.at > STAMP_TTL_MS) this.ask(id)
    return known?.stamp ?? null
  }

  private ask(id: string): void {
    if (this.queued.has(id)) return
    this.queued.add(id)
    if (this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => void this.fetch())
  }

  private async fetch(): Promise<void> {
    this.scheduled = false
    const ids = [...this.queued]
    this.queued.clear()
    for (let i = 0; i < ids.length; i += MAX_STAMPS_PER_REQUEST) {
      const batch = ids.slice(i, i + MAX_STAMPS_PER_REQUEST)
      const at = this.now()
      // Marked as asked first, so a failed request is not repeated until the TTL passes.
      for (const id of batch) this.stamps.set(id, { stamp: this.stamps.get(id)?.stamp ?? null, at })
      const outcome = await this.commands.send('stamps', { ids: batch })
      if (!outcome.ok) continue
      for (const id of batch) this.stamps.set(id, { stamp: outcome.result.stamps[id] ?? null, at })
    }
    for (const listener of this.listeners) listener()
  }
}
