import type { TLRecord } from 'tldraw'

/**
 * Records that keep growing while someone works on them: a freehand (draw or highlight)
 * stroke in progress gains a point on every pointer move, and each flush re-sends the
 * whole record. Sending it every frame costs the sum of all its intermediate sizes,
 * quadratic in its length (a 500-point stroke would send ~250 times its final size).
 *
 * The binding instead sends a growing record only once it is `GROWTH_FLUSH_RATIO` times
 * the size it had when last sent, and always when it stops growing (tldraw marks the
 * stroke `isComplete` on pointer up, which is a change like any other). The sizes sent
 * then form a geometric series, so the total is at most ratio / (ratio - 1) times the
 * final size plus the final send: 4x for 1.5. Others see the stroke grow in steps.
 */
export const GROWTH_FLUSH_RATIO = 1.5

export function isGrowingRecord(record: TLRecord): boolean {
  if (record.typeName !== 'shape') return false
  if (record.type !== 'draw' && record.type !== 'highlight') return false
  return (record.props as { isComplete?: unknown }).isComplete === false
}

/** Decides, per record id, whether a growing record has grown enough to be sent again. */
export class GrowthGate {
  private readonly lastSentSize = new Map<string, number>()

  constructor(private readonly ratio = GROWTH_FLUSH_RATIO) {}

  /**
   * True when `record` should be written now. Records that are not growing always are
   * (and forget any size remembered for them); a growing one is when it has never been
   * sent or has reached `ratio` times its last sent size.
   */
  shouldSend(record: TLRecord): boolean {
    if (!isGrowingRecord(record)) {
      this.lastSentSize.delete(record.id)
      return true
    }
    const last = this.lastSentSize.get(record.id)
    return last === undefined || recordSize(record) >= last * this.ratio
  }

  /** Notes that `record` was written (call after `shouldSend` said so, or on a forced flush). */
  sent(record: TLRecord): void {
    if (isGrowingRecord(record)) this.lastSentSize.set(record.id, recordSize(record))
    else this.lastSentSize.delete(record.id)
  }

  forget(id: string): void {
    this.lastSentSize.delete(id)
  }
}

function recordSize(record: TLRecord): number {
  return JSON.stringify(record).length
}
