import type { Logger } from 'pino'
import { applyAwarenessUpdate, Awareness, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  CloseCode,
  MessageType,
  SyncMessageType,
  type BoardId,
  type Limits,
  type Role,
  Y_RECORDS,
} from '@common-ground/shared'
import { moveLegacyRatings } from '../ratings/sixElementsRatings.js'
import type { BoardStore, StoredBoard } from '../storage/BoardStore.js'
import type { SecretStore } from '../storage/SecretStore.js'
import { assertNever, type ClientMessage } from './clientMessage.js'
import { Connection, type ConnectionHost } from './Connection.js'
import { carriesNews, rewriteStates, stampRole } from './awarenessUpdate.js'
import { DropReason, type RoomMetrics } from './RoomMetrics.js'
import type { ConnectionAccess, RoomConnection, RoomSocket } from './RoomSocket.js'
import { runCommand, type CommandContext } from './roomCommands.js'
import { SerialQueue } from './SerialQueue.js'
import type { Clock } from './TokenBucket.js'
import { boardDoc, UpdateValidator } from './UpdateValidator.js'
import { isAhead, isEmptyExtent, readUpdateExtent, type UpdateExtent } from './updateExtent.js'
import {
  awarenessMessage,
  commandReplyMessage,
  syncStep1Message,
  syncStep2Message,
  syncUpdateMessage,
} from './serverMessage.js'

/** Runs `task` after `ms`; returns a function that cancels it. */
export type Schedule = (ms: number, task: () => void) => () => void

export interface RoomOptions {
  boardId: BoardId
  store: BoardStore
  /** What the server keeps for one person outside the board (R49). */
  secrets: SecretStore
  limits: Limits
  logger: Logger
  schedule: Schedule
  metrics: RoomMetrics
  clock: Clock
  /** The previous room of this board, still unloading: load only once it is done. */
  after?: Promise<void>
  /** Called once when the room has left memory (unloaded or failed to load). */
  onUnloaded(room: Room): void
}

type RoomState = 'loading' | 'ready' | 'unloading' | 'unloaded' | 'failed'

/** R18: bytes of updates held back per connection while their dependencies are missing. */
const MAX_HELD_BYTES = 1024 * 1024

/**
 * One board held in memory: the server's copy of its Y.Doc and the awareness of everyone
 * connected. Every message and every store call goes through one serial queue, which is
 * how the rules of PROTOCOL.md hold: the board is loaded before anything is answered
 * (R1), an update is checked (R17) and stored before anyone sees it (R3), and compaction
 * (R8) and unloading (R9) see a quiet log and a doc that holds only what is stored.
 */
export class Room implements ConnectionHost {
  readonly boardId: BoardId
  /** Replaced, never undone, when it took an update that must not stay: see `rebuild`. */
  private doc = boardDoc()
  private readonly validator = new UpdateValidator()
  /**
   * Awareness reads only its doc's client id and 'destroy'; a doc of its own keeps it
   * apart from the board's, which a rebuild replaces.
   */
  private readonly awareness = new Awareness(new Y.Doc())
  private readonly connections = new Set<Connection>()
  /** Which connection announced each awareness client id; it is removed when that one leaves. */
  private readonly awarenessOwners = new Map<number, Connection>()
  private readonly queue: SerialQueue
  private state: RoomState = 'loading'
  private lastSeq = 0
  /** Updates and bytes appended since the log was last compacted. */
  private uncompacted = { updates: 0, bytes: 0 }
  /**
   * R22: an upper bound of the board's encoded size: the last snapshot (or what was loaded)
   * plus every update appended since. Exact right after a compaction or a recount.
   */
  private boardBytes = { bytes: 0, exact: true }
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

  join(socket: RoomSocket, access: ConnectionAccess): RoomConnection {
    const { limits, metrics, clock } = this.options
    const connection = new Connection({
      socket,
      host: this,
      access,
      maxBufferedBytes: limits.maxBufferedBytes,
      maxMessagesPerSecond: limits.maxMessagesPerSecond,
      maxAwarenessPerSecond: limits.maxAwarenessPerSecond,
      metrics,
      clock,
      log: this.log,
    })
    this.cancelIdleUnload?.()
    this.cancelIdleUnload = null
    this.connections.add(connection)
    // Like every y-websocket server: open with our state vector and who is here (R2).
    this.run(connection, () => {
      this.send(connection, syncStep1Message(this.doc))
      const clients = [...this.awareness.getStates().keys()]
      if (clients.length > 0) this.send(connection, awarenessMessage(this.awareness, clients))
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

  /** R19: closes the open connections whose role matches; returns how many. */
  closeConnections(filter: (role: Role) => boolean, code: CloseCode): number {
    let closed = 0
    for (const connection of [...this.connections]) {
      if (!filter(connection.role)) continue
      connection.revoke(code)
      closed++
    }
    return closed
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
            return this.send(connection, syncStep2Message(this.doc, message.stateVector))
          case SyncMessageType.Step2:
          case SyncMessageType.Update:
            return this.storeAndApply(connection, message.update, message.extent)
          default:
            return assertNever(message)
        }
      case MessageType.Awareness: {
        if (!carriesNews(message.update, this.awareness)) return
        if (!connection.takeAwarenessToken()) return
        const update = rewriteStates(message.update, (state) => stampRole(state, connection.role))
        applyAwarenessUpdate(this.awareness, update, connection)
        return
      }
      case MessageType.QueryAwareness: {
        if (!connection.takeAwarenessToken()) return
        const clients = [...this.awareness.getStates().keys()]
        if (clients.length > 0) this.send(connection, awarenessMessage(this.awareness, clients))
        return
      }
      case MessageType.Command:
        return this.command(connection, message.requestId, message.command)
      default:
        return assertNever(message)
    }
  }

  /**
   * R15, R17, R18, R22 and R3: a writer's update is held while it waits for its own
   * earlier changes, checked against the board's size, applied to the room's doc and
   * checked there against the record validators, appended, and only then relayed. All in
   * one task of the queue, so nothing reads the doc while it holds an unstored update, and
   * updates are relayed in the order they were stored.
   */
  private async storeAndApply(from: Connection, update: Uint8Array, extent: UpdateExtent) {
    const empty = isEmptyExtent(extent)
    if (!from.writable) {
      // R15: dropped, never a close: y-websocket sends a step 2 on every connect.
      if (!empty) this.options.metrics.rejected(DropReason.ReadOnly)
      return
    }
    if (empty) return
    let candidate = update
    if (from.held !== null) {
      candidate = Y.mergeUpdates([from.held, update])
      extent = readUpdateExtent(candidate)
    }
    if (isAhead(extent, this.doc)) {
      if (candidate.byteLength > Math.min(MAX_HELD_BYTES, this.options.limits.maxMessageBytes)) {
        return from.fail(CloseCode.InvalidRecord, 'too much waiting for missing changes')
      }
      from.held = candidate
      return
    }
    from.held = null
    if (!this.fits(candidate, extent))
      return from.fail(CloseCode.BoardTooLarge, this.boardBytes.bytes)
    // An update that fails to apply is refused here too, as unreadable.
    const verdict = this.validator.check(candidate, this.doc, from, from)
    if (!verdict.ok) {
      from.fail(verdict.code, verdict.reason)
      return this.rebuild()
    }
    // Everything in it was here already (a client re-sending what it had sent): nothing
    // to store or relay.
    if (!verdict.changed) return

    const started = this.options.clock()
    try {
      this.lastSeq = await this.options.store.append(this.boardId, verdict.update)
    } catch (error) {
      from.fail(CloseCode.StorageFailure, error)
      return this.rebuild()
    } finally {
      this.options.metrics.appendSeconds((this.options.clock() - started) / 1000)
    }
    this.uncompacted.updates++
    this.uncompacted.bytes += candidate.byteLength
    this.boardBytes = { bytes: this.boardBytes.bytes + candidate.byteLength, exact: false }
    // R4: the bytes stored are the bytes relayed. Relaying them as they came, rather than
    // what the doc would re-encode, is why the doc has no 'update' listener: Yjs then
    // skips encoding every transaction.
    this.broadcast(syncUpdateMessage(verdict.update), from)
    if (this.compactionDue()) await this.compact()
  }

  /**
   * Puts the doc back to what the store holds after it took an update that must not
   * stay (refused, or not stored). Yjs cannot take an integrated struct back out, so the
   * doc is replaced by one read from the store: linear in the board's stored size, which
   * is why a refusal also closes its sender. If the store cannot be read, the room fails
   * as a failed load does: its doc is not the board any more.
   */
  private async rebuild(): Promise<void> {
    let stored
    try {
      stored = await this.options.store.load(this.boardId)
    } catch (error) {
      this.failStorage(error, 'rebuilding the board failed')
      return
    }
    const doc = boardDoc()
    this.restore(doc, stored)
    this.doc.destroy()
    this.doc = doc
  }

  /**
   * R22: whether the board stays within `maxBoardBytes` with `update` added. The running
   * bound over-counts (deleted content is still counted until compaction), so a board
   * that seems full is measured exactly before an update is refused. Updates that only
   * delete are always accepted: they are how a full board gets smaller.
   */
  private fits(update: Uint8Array, extent: UpdateExtent): boolean {
    const max = this.options.limits.maxBoardBytes
    if (this.boardBytes.bytes + update.byteLength <= max) return true
    if (!this.boardBytes.exact) {
      this.boardBytes = { bytes: Y.encodeStateAsUpdate(this.doc).byteLength, exact: true }
      if (this.boardBytes.bytes + update.byteLength <= max) return true
    }
    return extent.structs.size === 0
  }

  /** Sends one message to one connection, and counts it. */
  private send(connection: Connection, message: Uint8Array): void {
    if (connection.send(message)) this.options.metrics.messagesSent(1, message.byteLength)
  }

  /** Sends one message to every connection but `except`, and counts them once. */
  private broadcast(message: Uint8Array, except?: Connection): void {
    let sent = 0
    for (const connection of this.connections) {
      if (connection !== except && connection.send(message)) sent++
    }
    this.options.metrics.messagesSent(sent, message.byteLength)
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
    this.broadcast(awarenessMessage(this.awareness, clients))
  }

  /** R43–R46: runs a connection's command in turn with its updates, and answers it. */
  private async command(
    connection: Connection,
    requestId: number,
    command: Parameters<typeof runCommand>[1],
  ): Promise<void> {
    const reply = await runCommand(this.commandContext(connection), command, (error) =>
      this.log.error({ error: String(error) }, 'command failed'),
    )
    this.send(connection, commandReplyMessage(requestId, reply))
  }

  private commandContext(connection: Connection | null): CommandContext {
    return {
      boardId: this.boardId,
      secrets: this.options.secrets,
      sender: connection ?? { role: 'observer', personId: '', writable: false },
      record: (key) => this.validator.recordOf(this.doc, key),
      writeAsServer: (write) => this.commitServerWrite(write),
    }
  }

  /**
   * R42: the server writes into the board itself, e.g. the totals of a check. Queued
   * like a client's update; resolves once the change is stored and relayed.
   */
  writeAsServer(write: (doc: Y.Doc) => void): Promise<void> {
    return new Promise((resolve, reject) =>
      this.queue.push(() => this.commitServerWrite(write).then(resolve, reject)),
    )
  }

  /**
   * R42: inside a task of the queue, checks the server's own change like a client's
   * (R17), appends it, then relays it to every connection (R3). Kept in step with the
   * tail of `storeAndApply`.
   */
  private async commitServerWrite(write: (doc: Y.Doc) => void): Promise<void> {
    if (this.state !== 'ready' && this.state !== 'unloading') {
      throw new Error(`the board is ${this.state}`)
    }
    const verdict = this.validator.checkServerWrite(this.doc, () => write(this.doc))
    if (!verdict.ok) {
      await this.rebuild()
      throw new Error(`the server's own change was refused: ${verdict.reason}`)
    }
    if (!verdict.changed) return
    const started = this.options.clock()
    try {
      this.lastSeq = await this.options.store.append(this.boardId, verdict.update)
    } catch (error) {
      await this.rebuild()
      throw error
    } finally {
      this.options.metrics.appendSeconds((this.options.clock() - started) / 1000)
    }
    this.uncompacted.updates++
    this.uncompacted.bytes += verdict.update.byteLength
    this.boardBytes = { bytes: this.boardBytes.bytes + verdict.update.byteLength, exact: false }
    this.broadcast(syncUpdateMessage(verdict.update))
    if (this.compactionDue()) await this.compact()
  }

  /** R53: answers a board from before ratings were secrets kept in it. */
  private async moveLegacyRatings(): Promise<void> {
    try {
      const records = this.doc.getArray<{ val?: unknown }>(Y_RECORDS).map((entry) => entry.val)
      const moved = await moveLegacyRatings(this.commandContext(null), records)
      if (moved > 0) this.log.info({ moved }, 'moved ratings out of the board')
    } catch (error) {
      // They stay in the board, as before, and are moved on the next load.
      this.log.error({ error: String(error) }, 'moving ratings out of the board failed')
    }
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
      this.failStorage(error, 'loading the board failed')
      return
    }
    this.restore(this.doc, stored)
    if (this.state === 'loading') this.state = 'ready'
    await this.moveLegacyRatings()
    if (this.compactionDue()) await this.compact()
  }

  /** Fills `doc` (empty) with what the store holds, and takes the log's counts from it. */
  private restore(doc: Y.Doc, stored: StoredBoard): void {
    for (const [index, update] of stored.updates.entries()) {
      try {
        Y.applyUpdate(doc, update)
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
    this.boardBytes = { bytes: (base?.byteLength ?? 0) + this.uncompacted.bytes, exact: false }
    this.log.debug({ entries: stored.updates.length, baseBytes: base?.byteLength }, 'loaded')
  }

  /** R1: a room whose board cannot be read closes every socket and leaves memory. */
  private failStorage(error: unknown, message: string): void {
    this.log.error({ error: String(error) }, message)
    this.state = 'failed'
    for (const connection of [...this.connections]) {
      connection.fail(CloseCode.StorageFailure, 'load failed')
    }
    this.finish()
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
      this.boardBytes = { bytes: snapshot.byteLength, exact: true }
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
      // A failed room has left memory already, and its doc may hold what was never stored.
      if (this.state === 'failed') return
      if (this.uncompacted.updates > 0) await this.compact()
      this.finish()
    })
  }

  private finish(): void {
    if (this.state !== 'failed') this.state = 'unloaded'
    this.awareness.off('update', this.relayAwareness)
    this.awareness.destroy()
    this.doc.destroy()
    this.options.onUnloaded(this)
    this.resolveUnloaded()
  }
}
