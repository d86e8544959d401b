import type { Logger } from 'pino'
import { applyAwarenessUpdate, Awareness, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  CloseCode,
  MessageType,
  SyncMessageType,
  type BoardId,
  type Limits,
} from '@common-ground/shared'
import type { BoardStore } from '../storage/BoardStore.js'
import { assertNever, type ClientMessage } from './clientMessage.js'
import { Connection, type ConnectionHost } from './Connection.js'
import type { RoomConnection, RoomSocket } from './RoomSocket.js'
import { SerialQueue } from './SerialQueue.js'
import {
  awarenessMessage,
  syncStep1Message,
  syncStep2Message,
  syncUpdateMessage,
} from './serverMessage.js'

/** Runs `task` after `ms`; returns a function that cancels it. */
export type Schedule = (ms: number, task: () => void) => () => void

export interface RoomOptions {
  boardId: BoardId
  store: BoardStore
  limits: Limits
  logger: Logger
  schedule: Schedule
  /** The previous room of this board, still unloading: load only once it is done. */
  after?: Promise<void>
  /** Called once when the room has left memory (unloaded or failed to load). */
  onUnloaded(room: Room): void
}

type RoomState = 'loading' | 'ready' | 'unloading' | 'unloaded' | 'failed'

/** Transaction origin of updates read from the store; they are not relayed. */
const LOADED = Symbol('loaded')

/**
 * One board held in memory: the server's copy of its Y.Doc and the awareness of everyone
 * connected. Every message and every store call goes through one serial queue, which is
 * how the rules of PROTOCOL.md hold: the board is loaded before anything is answered
 * (R1), an update is stored before it is applied and relayed (R3), and compaction
 * (R8) and unloading (R9) see a quiet log.
 */
export class Room implements ConnectionHost {
  readonly boardId: BoardId
  private readonly doc = new Y.Doc({ gc: true })
  private readonly awareness = new Awareness(this.doc)
  private readonly connections = new Set<Connection>()
  /** Which connection announced each awareness client id; it is removed when that one leaves. */
  private readonly awarenessOwners = new Map<number, Connection>()
  private readonly queue: SerialQueue
  private state: RoomState = 'loading'
  private lastSeq = 0
  /** Updates and bytes appended since the log was last compacted. */
  private uncompacted = { updates: 0, bytes: 0 }
  private cancelIdleUnload: (() => void) | null = null
  private readonly log: Logger
  readonly unloaded: Promise<void>
  private resolveUnloaded!: () => void

  constructor(private readonly options: RoomOptions) {
    this.boardId = options.boardId
    this.log = options.logger.child({ boardId: options.boardId })
    this.queue = new SerialQueue((error) => this.log.error({ error: String(error) }, 'room task'))
    this.unloaded = new Promise((resolve) => (this.resolveUnloaded = resolve))
    // The server is not a participant: it holds no awareness state of its own.
    this.awareness.setLocalState(null)
    this.doc.on('update', this.relayUpdate)
    this.awareness.on('update', this.relayAwareness)
    this.queue.push(() => this.load(options.after))
  }

  /** False once the room has begun unloading: new sockets must go to a fresh room. */
  get accepting(): boolean {
    return this.state === 'loading' || this.state === 'ready'
  }

  get connectionCount(): number {
    return this.connections.size
  }

  /** Resolves when every message received so far has been handled. */
  idle(): Promise<void> {
    return this.queue.idle()
  }

  join(socket: RoomSocket): RoomConnection {
    const connection = new Connection(socket, this, this.options.limits.maxBufferedBytes, this.log)
    this.cancelIdleUnload?.()
    this.cancelIdleUnload = null
    this.connections.add(connection)
    // Like every y-websocket server: open with our state vector and who is here (R2).
    this.run(connection, () => {
      connection.send(syncStep1Message(this.doc))
      const clients = [...this.awareness.getStates().keys()]
      if (clients.length > 0) connection.send(awarenessMessage(this.awareness, clients))
    })
    return connection
  }

  handle(connection: Connection, message: ClientMessage): void {
    this.run(connection, () => this.dispatch(connection, message))
  }

  leave(connection: Connection): void {
    this.connections.delete(connection)
    // Queued behind the connection's own messages, so a state it sent last is removed too.
    this.queue.push(() => this.forgetAwareness(connection))
    if (this.connections.size === 0 && this.accepting) {
      this.cancelIdleUnload?.()
      this.cancelIdleUnload = this.options.schedule(this.options.limits.roomIdleUnloadMs, () =>
        this.beginUnload(),
      )
    }
  }

  /** Closes every socket with GoingAway, stores the board and leaves memory. */
  shutdown(): Promise<void> {
    for (const connection of [...this.connections]) connection.end(CloseCode.GoingAway)
    this.beginUnload()
    return this.unloaded
  }

  private run(connection: Connection, task: () => Promise<void> | void): void {
    this.queue.push(async () => {
      if (connection.faulted) return
      if (this.state === 'failed') return connection.fail(CloseCode.StorageFailure, 'load failed')
      try {
        await task()
      } catch (error) {
        this.log.error({ error: String(error) }, 'handling a message failed')
        connection.fail(CloseCode.InternalError, error)
      }
    })
  }

  private async dispatch(connection: Connection, message: ClientMessage): Promise<void> {
    switch (message.type) {
      case MessageType.Sync:
        switch (message.sync) {
          case SyncMessageType.Step1:
            return connection.send(syncStep2Message(this.doc, message.stateVector))
          case SyncMessageType.Step2:
          case SyncMessageType.Update:
            return this.storeAndApply(connection, message.update, message.empty)
          default:
            return assertNever(message)
        }
      case MessageType.Awareness:
        applyAwarenessUpdate(this.awareness, message.update, connection)
        return
      case MessageType.QueryAwareness: {
        const clients = [...this.awareness.getStates().keys()]
        if (clients.length > 0) connection.send(awarenessMessage(this.awareness, clients))
        return
      }
      default:
        return assertNever(message)
    }
  }

  /** R3: append first; only a stored update is applied, and applying it relays it. */
  private async storeAndApply(from: Connection, update: Uint8Array, empty: boolean) {
    if (empty) return
    try {
      this.lastSeq = await this.options.store.append(this.boardId, update)
    } catch (error) {
      from.fail(CloseCode.StorageFailure, error)
      return
    }
    this.uncompacted.updates++
    this.uncompacted.bytes += update.byteLength
    try {
      Y.applyUpdate(this.doc, update, from)
    } catch (error) {
      // Decoding checked the update; one that still fails to apply is skipped on load too.
      from.fail(CloseCode.MalformedMessage, error)
      return
    }
    if (this.compactionDue()) await this.compact()
  }

  private relayUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOADED) return
    const message = syncUpdateMessage(update)
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(message)
    }
  }

  /**
   * R6: `applyAwarenessUpdate` emits 'update' only for entries newer than what the room
   * holds, so the copies every y-websocket client echoes back stop here. The change goes
   * to everyone, the sender included: that echo is what keeps a lone client's
   * "no message for 30 s" watchdog from reconnecting.
   */
  private relayAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin instanceof Connection) {
      for (const id of [...change.added, ...change.updated]) this.awarenessOwners.set(id, origin)
    }
    for (const id of change.removed) this.awarenessOwners.delete(id)
    const clients = [...change.added, ...change.updated, ...change.removed]
    const message = awarenessMessage(this.awareness, clients)
    for (const connection of this.connections) connection.send(message)
  }

  /** R7: the states a connection announced end with it. */
  private forgetAwareness(connection: Connection): void {
    const ids = [...this.awarenessOwners]
      .filter(([, owner]) => owner === connection)
      .map(([id]) => id)
    if (ids.length === 0) return
    // The clocks stay (y-protocols keeps them on removal, and so does every client), so a
    // client that reconnects shows again from its next clock tick: see PROTOCOL.md R7.
    removeAwarenessStates(this.awareness, ids, connection)
  }

  private async load(after: Promise<void> | undefined): Promise<void> {
    await after
    let stored
    try {
      stored = await this.options.store.load(this.boardId)
    } catch (error) {
      this.log.error({ error: String(error) }, 'loading the board failed')
      this.state = 'failed'
      for (const connection of [...this.connections]) {
        connection.fail(CloseCode.StorageFailure, 'load failed')
      }
      this.finish()
      return
    }
    for (const [index, update] of stored.updates.entries()) {
      try {
        Y.applyUpdate(this.doc, update, LOADED)
      } catch (error) {
        this.log.error({ index, error: String(error) }, 'skipping an unreadable stored update')
      }
    }
    this.lastSeq = stored.lastSeq
    // The first entry is the base (usually a snapshot); what follows it is uncompacted.
    const [base, ...rest] = stored.updates
    this.uncompacted = {
      updates: rest.length,
      bytes: rest.reduce((sum, update) => sum + update.byteLength, 0),
    }
    if (this.state === 'loading') this.state = 'ready'
    this.log.debug({ entries: stored.updates.length, baseBytes: base?.byteLength }, 'loaded')
    if (this.compactionDue()) await this.compact()
  }

  private compactionDue(): boolean {
    const { updates, bytes } = this.uncompacted
    const limits = this.options.limits
    return (
      updates > 0 && (updates >= limits.compactAfterUpdates || bytes >= limits.compactAfterBytes)
    )
  }

  /**
   * R8: replace the log by the room's state. The doc collects garbage, so deleted content
   * is gone from the snapshot; merging the logged updates instead would keep it forever.
   */
  private async compact(): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    try {
      await this.options.store.compact(this.boardId, snapshot, this.lastSeq)
      this.uncompacted = { updates: 0, bytes: 0 }
    } catch (error) {
      // Nothing is lost: the log still holds every update. Try again later.
      this.log.warn({ error: String(error) }, 'compaction failed')
    }
  }

  private beginUnload(): void {
    this.cancelIdleUnload?.()
    this.cancelIdleUnload = null
    if (!this.accepting) return
    this.state = 'unloading'
    this.queue.push(async () => {
      if (this.uncompacted.updates > 0) await this.compact()
      this.finish()
    })
  }

  private finish(): void {
    if (this.state !== 'failed') this.state = 'unloaded'
    this.doc.off('update', this.relayUpdate)
    this.awareness.off('update', this.relayAwareness)
    this.awareness.destroy()
    this.doc.destroy()
    this.options.onUnloaded(this)
    this.resolveUnloaded()
  }
}
