import type { Logger } from 'pino'
import { CLOSE_REASONS, CloseCode, type BoardId, type Limits } from '@common-ground/shared'
import type { BoardStore } from '../storage/BoardStore.js'
import { Room, type Schedule } from './Room.js'
import type { RoomConnection, RoomSocket } from './RoomSocket.js'

export interface RoomManagerOptions {
  store: BoardStore
  limits: Limits
  logger: Logger
  /** Timer used for idle unloading; tests pass one they advance by hand. */
  schedule?: Schedule
}

const realTimers: Schedule = (ms, task) => {
  const timer = setTimeout(task, ms)
  timer.unref()
  return () => clearTimeout(timer)
}

/**
 * Owns the rooms of this process: at most one live room per board (R9). A socket that
 * arrives while its board's room is unloading gets a new room that loads only after the
 * old one has stored everything.
 */
export class RoomManager {
  /** The room new sockets of each board join. */
  private readonly rooms = new Map<BoardId, Room>()
  /** Every room in memory, including ones still unloading after being replaced. */
  private readonly inMemory = new Set<Room>()
  private closing = false

  constructor(private readonly options: RoomManagerOptions) {}

  connect(boardId: BoardId, socket: RoomSocket): RoomConnection {
    if (this.closing) {
      socket.close(CloseCode.GoingAway, CLOSE_REASONS[CloseCode.GoingAway])
      return { receive: () => {}, close: () => {} }
    }
    let room = this.rooms.get(boardId)
    if (room === undefined || !room.accepting) {
      room = new Room({
        boardId,
        store: this.options.store,
        limits: this.options.limits,
        logger: this.options.logger,
        schedule: this.options.schedule ?? realTimers,
        after: room?.unloaded,
        onUnloaded: (unloaded) => {
          this.inMemory.delete(unloaded)
          if (this.rooms.get(boardId) === unloaded) this.rooms.delete(boardId)
        },
      })
      this.rooms.set(boardId, room)
      this.inMemory.add(room)
    }
    return room.join(socket)
  }

  /** For shutdown: closes every socket with GoingAway and stores every room. */
  async closeAll(): Promise<void> {
    this.closing = true
    await Promise.all([...this.inMemory].map((room) => room.shutdown()))
  }

  /** Resolves when every room has handled everything received so far. */
  async idle(): Promise<void> {
    await Promise.all([...this.inMemory].map((room) => room.idle()))
  }

  get roomCount(): number {
    return this.inMemory.size
  }

  get connectionCount(): number {
    let count = 0
    for (const room of this.inMemory) count += room.connectionCount
    return count
  }
}
