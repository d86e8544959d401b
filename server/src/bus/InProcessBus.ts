import type { BoardId } from '@common-ground/shared'
import type { BoardBus, BoardEvent, BoardEventHandler } from './BoardBus.js'

/**
 * A {@link BoardBus} for the processes that share this one: every subscriber of the board,
 * the publisher's own included, gets the event synchronously, in subscription order.
 * Several RoomManagers on one InProcessBus stand for several servers (see
 * room/RoomFollow.test.ts).
 */
export class InProcessBus implements BoardBus {
  private readonly handlers = new Map<BoardId, Set<BoardEventHandler>>()

  publish(boardId: BoardId, event: BoardEvent): void {
    const handlers = this.handlers.get(boardId)
    if (handlers === undefined) return
    for (const handler of [...handlers]) {
      try {
        handler(event)
      } catch {
        // One subscriber's failure must not keep the event from the others.
      }
    }
  }

  subscribe(boardId: BoardId, handler: BoardEventHandler): () => void {
    let handlers = this.handlers.get(boardId)
    if (handlers === undefined) {
      handlers = new Set()
      this.handlers.set(boardId, handlers)
    }
    handlers.add(handler)
    return () => {
      handlers.delete(handler)
      if (handlers.size === 0 && this.handlers.get(boardId) === handlers) {
        this.handlers.delete(boardId)
      }
    }
  }

  /** How many subscriptions the board has (for tests: rooms unsubscribe when they unload). */
  subscriberCount(boardId: BoardId): number {
    return this.handlers.get(boardId)?.size ?? 0
  }
}
