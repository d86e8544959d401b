import type { Room, ServerKind } from './servers'

/**
 * What the relay scenarios' coordinator (scenarios/relay.ts) and its client processes
 * (relayWorker.ts) say to each other over Node's IPC channel. Every request carries an id
 * and is answered once, with that id, by a reply or an error.
 */

/** One simulated participant a client process is to open. */
export interface ClientPlan {
  room: Room
  roomIndex: number
  /** Which of the room's editors this client is (its shape is `shape:r<room>e<editor>`); null for an observer. */
  editor: number | null
  /** The client that writes the page record during warm-up. */
  writesPage: boolean
  /** The process this client connects to, when several serve the room (multi-process). */
  wsUrl?: string
}

export type RelayRequest =
  | { type: 'connect'; server: { kind: ServerKind; wsUrl: string }; clients: ClientPlan[] }
  /** Editors write their shapes; answered when every client holds `records` records. */
  | { type: 'warm'; records: number }
  /**
   * Editors edit at `editsPerSecond` between `windowStart` and `windowEnd` (epoch ms, as
   * {@link epochNow} reads them); every client records the latency of what it sees.
   */
  | { type: 'start'; windowStart: number; windowEnd: number; editsPerSecond: number }
  | { type: 'count' }
  | { type: 'collect' }

export interface Counts {
  sent: number
  delivered: number
}

export type RelayReply =
  { ok: true; counts?: Counts; latencies?: number[] } | { ok: false; error: string }

export type Envelope<T> = T & { id: number }

/**
 * Milliseconds since the epoch with performance.now()'s resolution. Every process on the
 * machine reads the same clock this way, so a stamp taken in one client process can be
 * subtracted from a reading taken in another.
 */
export const epochNow = () => performance.timeOrigin + performance.now()
