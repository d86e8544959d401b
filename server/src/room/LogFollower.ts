import * as Y from 'yjs'
import type { BoardId } from '@common-ground/shared'
import type { LogEntry, UpdateLog } from '../storage/UpdateLog.js'

/** What a follower changes in its room. */
export interface FollowerHost {
  /** The room's doc now (a rebuild replaces it). */
  doc(): Y.Doc
  /** Relays an update the room's sockets have not seen; `bytes` were appended to the log. */
  relay(update: Uint8Array, bytes: number): void
  /** An entry could not be applied; it is skipped as a stored unreadable update is. */
  unreadable(seq: number, error: unknown): void
  /** R57: a catch-up read `entries` entries the bus had not brought (for metrics). */
  caughtUp?(entries: number): void
}

/**
 * Keeps a room's doc equal to its board's log (R55–R58). `lastSeq` is the last entry the
 * doc holds with every entry before it: the room compacts only through it (R60), so an
 * entry another process wrote is never folded away before this room has applied it.
 *
 * Entries reach the follower three ways: the room's own appends (`appended`), entries
 * heard on the bus (`heard`), and catching up from the log (`catchUp`) whenever a seq
 * shows that something in between is missing. All of them run in the room's serial
 * queue, so the doc never sees two at once.
 */
export class LogFollower {
  lastSeq = 0

  constructor(
    private readonly log: UpdateLog,
    private readonly boardId: BoardId,
    private readonly host: FollowerHost,
  ) {}

  /** R56: the room appended an update it already applied and relayed; it got `seq`. */
  async appended(seq: number): Promise<void> {
    if (seq <= this.lastSeq) return
    if (seq === this.lastSeq + 1) {
      this.lastSeq = seq
      return
    }
    // Someone else appended in between and their entries have not come yet.
    await this.catchUp()
  }

  /** R55, R57: an entry heard on the bus. Old ones are skipped; a gap reads the log. */
  async heard(seq: number, update: Uint8Array): Promise<void> {
    if (seq <= this.lastSeq) return
    if (seq > this.lastSeq + 1) return this.catchUp()
    this.apply({ seq, update })
    this.lastSeq = seq
    // R4 still: the bytes stored are the bytes relayed.
    this.host.relay(update, update.byteLength)
  }

  /**
   * R57: applies every entry after `lastSeq` (a compacted snapshot first, if another
   * process folded part of what this room missed) and relays what was new to the doc as
   * one update: the difference from the doc's state before, so a snapshot does not go to
   * every socket whole, and the room's own entries are not sent back.
   */
  async catchUp(): Promise<void> {
    const entries = await this.log.readSince(this.boardId, this.lastSeq)
    if (entries.length === 0) return
    this.host.caughtUp?.(entries.length)
    const doc = this.host.doc()
    const before = Y.encodeStateVector(doc)
    let bytes = 0
    for (const entry of entries) {
      this.apply(entry)
      bytes += entry.update.byteLength
    }
    this.lastSeq = entries.at(-1)!.seq
    this.host.relay(Y.encodeStateAsUpdate(doc, before), bytes)
  }

  private apply(entry: LogEntry): void {
    try {
      Y.applyUpdate(this.host.doc(), entry.update, this)
    } catch (error) {
      this.host.unreadable(entry.seq, error)
    }
  }
}
