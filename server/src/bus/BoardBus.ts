import type { BoardId, CloseCode, Role } from '@common-ground/shared'

/**
 * What the processes serving one board tell each other. Every event carries only plain
 * data (numbers, strings, bytes), so an implementation over Redis pub/sub can send it as
 * it is (one channel per board).
 *
 * - `update`: a log entry was stored (R55). Sent for every append, after it is durable, by
 *   the process that appended it; rooms apply entries they have not applied, in seq order.
 * - `awareness`: an awareness update one room took from its sockets (R63).
 * - `close`: close the sockets of these roles with this code (link rotated, board
 *   archived) (R64).
 * - `catch-up`: the bus may have lost events (it reconnected, or it is time for the
 *   periodic check): read the log for entries not yet applied (R72). Sent by a bus to its
 *   own subscribers, never by a room.
 *
 * `origin` names the sender (a process or a room), so a receiver can skip its own events.
 */
export type BoardEvent =
  | { type: 'update'; seq: number; update: Uint8Array; origin: string }
  | { type: 'awareness'; update: Uint8Array; origin: string }
  | { type: 'close'; roles: Role[]; code: CloseCode; origin: string }
  | { type: 'catch-up'; origin: string }

export type BoardEventHandler = (event: BoardEvent) => void

/**
 * Publish/subscribe per board. Delivery is at most once and in publish order per
 * publisher; a receiver must cope with a lost event (an update is caught up from the log
 * when the next one shows a gap, R57). A handler never throws into the bus.
 */
export interface BoardBus {
  publish(boardId: BoardId, event: BoardEvent): void
  /** Returns a function that ends the subscription. */
  subscribe(boardId: BoardId, handler: BoardEventHandler): () => void
}
