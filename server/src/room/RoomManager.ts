import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import {
  CLOSE_REASONS,
  CloseCode,
  ROLES,
  type BoardId,
  type Limits,
  type Role,
} from '@common-ground/shared'
import type { BoardBus } from '../bus/BoardBus.js'
import { InProcessBus } from '../bus/InProcessBus.js'
import type { UpdateLog } from '../storage/UpdateLog.js'
import { MemorySecretStore } from '../storage/MemorySecretStore.js'
import type { SecretStore } from '../storage/SecretStore.js'
import { Room, type Schedule } from './Room.js'
import { closeCodeName, noRoomMetrics, type RoomMetrics } from './RoomMetrics.js'
import type { ConnectionAccess, RoomConnection, RoomSocket } from './RoomSocket.js'
import type { Clock } from './TokenBucket.js'

export interface RoomManagerOptions {
  /** The boards' update log (the store's `log`): rooms need no other part of the store. */
  store: UpdateLog
  /**
   * How this process and the others serving the same boards hear each other (R55). By
   * default a bus of this process alone, and then awareness stays off it (R63).
   */
  bus?: BoardBus
  /** Where rooms keep what belongs to one person (R49); in memory by default. */
  secrets?: SecretStore
  limits: Limits
  logger: Logger
  /** Timer used for idle unloading; tests pass one they advance by hand. */
  schedule?: Schedule
  /** Counters for `GET /metrics`; nothing is counted by default. */
  metrics?: RoomMetrics
  /** Milliseconds, for rate limits and timings; tests pass one they advance by hand. */
  clock?: Clock
}

const realTimers: Schedule = (ms, task) => {
  const timer = setTimeout(task, ms)
  timer.unref()
  return () => clearTimeout(timer)
}

const closedConnection: RoomConnection = { receive: () => {}, close: () => {} }

/**
 * Owns the rooms of this process: at most one live room per board (R9). A socket that
 * arrives while its board's room is unloading gets a new room that loads only after the
 * old one has stored everything. It also admits connections: not past a board's
 * connection limit (R23) or the process's limit of loaded boards (R24).
 */
export class RoomManager {
  /** The room new sockets of each board join. */
  private readonly rooms = new Map<BoardId, Room>()
  /** Every room in memory, including ones still unloading after being replaced. */
  private readonly inMemory = new Set<Room>()
  private closing = false
  private readonly metrics: RoomMetrics
  readonly bus: BoardBus
  /** True when a bus was given: other processes may serve these boards too. */
  private readonly shared: boolean
  /** This process's name on the bus. */
  readonly processId = randomUUID()
  private readonly stopPublishing: () => void
  private readonly secrets: SecretStore

  constructor(private readonly options: RoomManagerOptions) {
    this.metrics = options.metrics ?? noRoomMetrics
    this.bus = options.bus ?? new InProcessBus()
    this.secrets = options.secrets ?? new MemorySecretStore()
    this.shared = options.bus !== undefined
    // R55: every entry appended through this process's log handle, by a room or anything
    // else (a template, a restore), is announced once it is stored.
    this.stopPublishing = options.store.onAppend((boardId, entry) => {
      this.bus.publish(boardId, {
        type: 'update',
        seq: entry.seq,
        update: entry.update,
        origin: this.processId,
      })
    })
  }

  /** Joins `socket` to the board's room with the access its link grants (R14). */
  connect(boardId: BoardId, socket: RoomSocket, access: ConnectionAccess): RoomConnection {
    if (this.closing) return this.refuse(socket, CloseCode.GoingAway)
    const { limits } = this.options
    let room = this.rooms.get(boardId)
    if (room?.accepting && room.connectionCount >= limits.maxConnectionsPerBoard) {
      return this.refuse(socket, CloseCode.RoomFull)
    }
    if (room === undefined || !room.accepting) {
      // A board whose old room is still unloading is not one more board.
      if (room === undefined && this.rooms.size >= limits.maxLoadedBoards) {
        return this.refuse(socket, CloseCode.ServerBusy)
      }
      if (limits.maxConnectionsPerBoard < 1) return this.refuse(socket, CloseCode.RoomFull)
      room = new Room({
        boardId,
        store: this.options.store,
        bus: this.bus,
        processId: this.processId,
        secrets: this.secrets,
        shareAwareness: this.shared,
        limits,
        logger: this.options.logger,
        schedule: this.options.schedule ?? realTimers,
        metrics: this.metrics,
        clock: this.options.clock ?? (() => performance.now()),
        after: room?.unloaded,
        onUnloaded: (unloaded) => {
          this.inMemory.delete(unloaded)
          if (this.rooms.get(boardId) === unloaded) this.rooms.delete(boardId)
        },
      })
      this.rooms.set(boardId, room)
      this.inMemory.add(room)
    }
    return room.join(socket, access)
  }

  /**
   * R19: closes this board's open connections whose role matches `filter` with `code`
   * (and its reason), e.g. every participant when their link is rotated, or everyone
   * when the board is archived. Messages they sent that the room has not handled yet are
   * dropped. R64: the other processes serving the board do the same, told through the
   * bus. Returns how many were closed in this process.
   */
  closeConnections(boardId: BoardId, filter: (role: Role) => boolean, code: CloseCode): number {
    let closed = 0
    for (const room of this.inMemory) {
      if (room.boardId === boardId) closed += room.closeConnections(filter, code)
    }
    const roles = ROLES.filter(filter)
    this.bus.publish(boardId, { type: 'close', roles, code, origin: this.processId })
    return closed
  }

  /** For shutdown: closes every socket with GoingAway and stores every room. */
  async closeAll(): Promise<void> {
    this.closing = true
    await Promise.all([...this.inMemory].map((room) => room.shutdown()))
    this.stopPublishing()
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

  private refuse(socket: RoomSocket, code: CloseCode): RoomConnection {
    if (code !== CloseCode.GoingAway) this.metrics.rejected(closeCodeName(code))
    try {
      socket.close(code, CLOSE_REASONS[code])
    } catch (error) {
      this.options.logger.debug({ error: String(error) }, 'socket close threw')
    }
    return closedConnection
  }
}
