import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
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
import type { BoardBus, BoardEvent } from '../bus/BoardBus.js'
import { Attribution } from '../attribution/Attribution.js'
import { AttributionBatch, noteCommand } from '../attribution/attributionHooks.js'
import type { StoredBoard, UpdateLog } from '../storage/UpdateLog.js'
import { moveLegacyRatings } from '../ratings/sixElementsRatings.js'
import type { SecretStore } from '../storage/SecretStore.js'
import { assertNever, type ClientMessage } from './clientMessage.js'
import { Connection, type ConnectionHost } from './Connection.js'
import { AwarenessGate } from './AwarenessGate.js'
import { stampRole } from './awarenessUpdate.js'
import { BoardAnswers } from './boardAnswers.js'
import { writeServerSchema, type SchemaWrite } from './boardSchema.js'
import { LogFollower } from './LogFollower.js'
import { AutomaticCheckpoints } from '../history/AutomaticCheckpoints.js'
import { isStoredByNewerServer } from '../history/boardTooNew.js'
import { compactUnderLease } from './roomCompaction.js'
import { DropReason, type RoomMetrics } from './RoomMetrics.js'
import type { ConnectionAccess, RoomConnection, RoomSocket } from './RoomSocket.js'
import { takeCheckpoint } from '../history/takeCheckpoint.js'
import { runCommand, type CommandContext } from './roomCommands.js'
import { SerialQueue } from './SerialQueue.js'
import { TokenBucket, type Clock } from './TokenBucket.js'
import { boardDoc, UpdateValidator } from './UpdateValidator.js'
import { isAhead, isEmptyExtent, readUpdateExtent, type UpdateExtent } from './updateExtent.js'
import {
  awarenessMessage,
  commandReplyMessage,
  syncStep1Message,
  syncUpdateMessage,
} from './serverMessage.js'

/** Runs `task` after `ms`; returns a function that cancels it. */
export type Schedule = (ms: number, task: () => void) => () => void

export interface RoomOptions {
  boardId: BoardId
  /** The board's update log; a room needs no other part of the store. */
  store: UpdateLog
  /** How this room hears the other processes serving the board, and they it (R55, R63, R64). */
  bus: BoardBus
  /** This process's name on the bus: close events it sent are already done here. */
  processId: string
  /** What the server keeps for one person outside the board (R49). */
  secrets: SecretStore
  /**
   * R63: whether awareness goes on the bus. False when this process serves its boards
   * alone (no bus was given): encoding every cursor move again for nobody costs CPU.
   */
  shareAwareness: boolean
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
  /** R25, R26: which connection owns each awareness client id, within bounds. */
  private readonly awarenessGate: AwarenessGate<Connection>
  /** R28: answers to sync step 1, kept while the doc does not change. */
  private readonly boardAnswers = new BoardAnswers()
  /** R29: sync step 1 messages the room answers, all connections together. */
  private readonly boardRequests: TokenBucket
  private readonly queue: SerialQueue
  private state: RoomState = 'loading'
  /** Why a failed room closes every socket that reaches it. */
  private failure: CloseCode = CloseCode.StorageFailure
  /** R55–R58: follows the log; knows the last entry the doc holds with all before it. */
  private readonly follower: LogFollower
  /** This room's name on the bus and as compaction lease holder. */
  private readonly id = randomUUID()
  private readonly stopListening: () => void
  /** Updates and bytes appended since the log was last compacted. */
  private uncompacted = { updates: 0, bytes: 0 }
  /**
   * R22: an upper bound of the board's encoded size: the last snapshot (or what was loaded)
   * plus every update appended since. Exact right after a compaction or a recount.
   */
  private boardBytes = { bytes: 0, exact: true }
  private cancelIdleUnload: (() => void) | null = null
  /** H23, H24: keeps a checkpoint now and then while the board is edited. */
  private readonly checkpoints: AutomaticCheckpoints
  private readonly log: Logger
  /** R110, R114: who contributed what, stored in batches. */
  private readonly attribution: Attribution
  private readonly attributionBatch: AttributionBatch
  readonly unloaded: Promise<void>
  private resolveUnloaded!: () => void

  constructor(private readonly options: RoomOptions) {
    this.boardId = options.boardId
    this.log = options.logger.child({ boardId: options.boardId })
    this.queue = new SerialQueue((error) => this.log.error({ error: String(error) }, 'room task'))
    const attributionFailed = (error: unknown) =>
      this.log.warn({ error: String(error) }, 'storing contributions failed')
    this.attribution = new Attribution(options.boardId, options.secrets, attributionFailed)
    this.attributionBatch = new AttributionBatch(
      options.schedule,
      (task) => this.queue.push(task),
      () => this.commandContext(null),
      attributionFailed,
    )
    const { limits, clock } = options
    this.awarenessGate = new AwarenessGate({
      maxClientsPerConnection: limits.maxAwarenessClientsPerConnection,
      maxStatesPerBoard: limits.maxAwarenessStatesPerBoard,
      maxStateBytes: limits.maxAwarenessStateBytes,
    })
    this.boardRequests = new TokenBucket(
      limits.maxBoardRequestsPerSecond,
      Math.max(limits.maxBoardRequestsPerSecond, limits.maxConnectionsPerBoard),
      clock,
    )
    this.unloaded = new Promise((resolve) => (this.resolveUnloaded = resolve))
    // The server is not a participant: it holds no awareness state of its own.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.relayAwareness)
    this.follower = new LogFollower(options.store, options.boardId, {
      doc: () => this.doc,
      relay: (update, bytes) => this.relayFollowed(update, bytes),
      unreadable: (seq, error) =>
        this.log.error({ seq, error: String(error) }, 'skipping an unreadable logged update'),
      caughtUp: (entries) => options.metrics.caughtUp?.(entries),
    })
    this.checkpoints = new AutomaticCheckpoints({
      log: options.store,
      boardId: options.boardId,
      holder: this.id,
      everyMs: limits.automaticCheckpointMs,
    })
    this.stopListening = options.bus.subscribe(options.boardId, this.hear)
    this.queue.push(() => this.load(options.after))
  }

  /** False once the room has begun unloading: new sockets must go to a fresh room. */
  get accepting(): boolean {
    return this.state === 'loading' || this.state === 'ready'
  }

  get connectionCount(): number {
    return this.connections.size
  }

  /** Awareness entries (states and clocks) the room holds: R26 bounds them. */
  get awarenessEntries(): number {
    return this.awareness.meta.size
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
      maxBoardRequestsPerMinute: limits.maxBoardRequestsPerMinute,
      maxAwarenessEntries:
        limits.maxAwarenessStatesPerBoard + limits.maxAwarenessClientsPerConnection,
      metrics,
      clock,
      log: this.log,
    })
    this.cancelIdleUnload?.()
    this.cancelIdleUnload = null
    this.connections.add(connection)
    // Like every y-websocket server: open with our state vector and who is here (R2).
    this.run(connection, async () => {
      // R57: an entry whose announcement was lost is caught up before anyone new is served.
      await this.follow(() => this.follower.catchUp())
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
      if (this.state === 'failed') return connection.fail(this.failure, 'load failed')
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
            return this.answerBoardRequest(connection, message.stateVector)
          case SyncMessageType.Step2:
          case SyncMessageType.Update:
            return this.storeAndApply(connection, message.update, message.extent)
          default:
            return assertNever(message)
        }
      case MessageType.Awareness: {
        const { update, dropped } = this.awarenessGate.admit(
          message.update,
          connection,
          this.awareness,
          (state) => {
            this.attribution.declare(connection.personId, takesPartAsOf(state))
            return stampRole(state, connection.role)
          },
        )
        for (const reason of dropped) this.options.metrics.rejected(reason)
        if (update === null) return
        if (!connection.takeAwarenessToken()) return
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
   * R28, R29: the answer to a sync step 1, from the cache when the doc has not changed
   * since it was encoded. Past the room's rate the asker is closed (it reconnects after a
   * pause and asks again), so a flood from many sockets cannot keep the room encoding.
   */
  private answerBoardRequest(connection: Connection, stateVector: Uint8Array): void {
    if (!this.boardRequests.take()) {
      return connection.fail(CloseCode.TooManyBoardRequests, 'board requests per room')
    }
    this.send(connection, this.boardAnswers.answer(this.doc, stateVector))
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

    let seq: number
    try {
      seq = await this.appendTimed(verdict.update)
    } catch (error) {
      from.fail(CloseCode.StorageFailure, error)
      return this.rebuild()
    }
    // R4: the bytes stored are the bytes relayed. Relaying them as they came, rather than
    // what the doc would re-encode, is why the doc has no 'update' listener: Yjs then
    // skips encoding every transaction.
    await this.afterAppend(seq, verdict.update, { except: from })
    if (verdict.changes !== null) {
      const record = (key: string) => this.validator.recordOf(this.doc, key)
      this.attribution.noteChanges(from.personId, verdict.changes.records, record)
      this.attributionBatch.due()
    }
  }

  /** R3: appends an accepted update to the store, timing it; throws what the store throws. */
  private async appendTimed(update: Uint8Array): Promise<number> {
    const started = this.options.clock()
    try {
      return await this.options.store.append(this.boardId, update)
    } finally {
      this.options.metrics.appendSeconds((this.options.clock() - started) / 1000)
    }
  }

  /**
   * What follows an appended update, from a client or the server: the log's counts, the
   * relay (R4; to everyone but `except`, or to nobody when `relay` is null), the follower
   * (R56), compaction when due (R8) and an automatic checkpoint when due (H23).
   */
  private async afterAppend(
    seq: number,
    update: Uint8Array,
    relay: { except?: Connection } | null,
  ): Promise<void> {
    this.uncompacted.updates++
    this.uncompacted.bytes += update.byteLength
    this.boardBytes = { bytes: this.boardBytes.bytes + update.byteLength, exact: false }
    if (relay !== null) this.broadcast(syncUpdateMessage(update), relay.except)
    await this.follow(() => this.follower.appended(seq))
    if (this.compactionDue()) await this.compact()
    await this.keepCheckpointIfDue()
  }

  /** H23: a failed checkpoint loses nothing (the log has every change); the next change retries. */
  private async keepCheckpointIfDue(): Promise<void> {
    try {
      const kept = await this.checkpoints.changed(this.doc, this.follower.lastSeq)
      if (kept !== null) this.log.info({ checkpointId: kept.id, seq: kept.seq }, 'checkpoint kept')
    } catch (error) {
      this.log.warn({ error: String(error) }, 'keeping an automatic checkpoint failed')
    }
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
    const applied = this.follower.lastSeq
    this.restore(doc, stored)
    // R58: entries other processes stored meanwhile are in the new doc; the sockets get
    // them too.
    const missed =
      stored.lastSeq > applied ? Y.encodeStateAsUpdate(doc, Y.encodeStateVector(this.doc)) : null
    this.doc.destroy()
    this.doc = doc
    if (missed !== null) this.broadcast(syncUpdateMessage(missed))
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
    const clients = [...change.added, ...change.updated, ...change.removed]
    this.broadcast(awarenessMessage(this.awareness, clients))
    // R63: what this room's sockets said goes to the board's other rooms; what came from
    // them does not go back.
    if (this.options.shareAwareness && origin !== this.follower) {
      this.options.bus.publish(this.boardId, {
        type: 'awareness',
        update: encodeAwarenessUpdate(this.awareness, clients),
        origin: this.id,
      })
    }
  }

  /** R55, R63, R64: an event from the board bus. Runs its work in the queue, like a message. */
  private hear = (event: BoardEvent): void => {
    switch (event.type) {
      case 'update':
        this.queue.push(() => this.follow(() => this.follower.heard(event.seq, event.update)))
        return
      case 'awareness':
        if (event.origin === this.id) return
        this.queue.push(() => {
          if (this.state !== 'ready') return
          // The follower as origin marks it as heard, not said here: see relayAwareness.
          applyAwarenessUpdate(this.awareness, event.update, this.follower)
        })
        return
      case 'close':
        if (event.origin === this.options.processId) return
        this.closeConnections((role) => event.roles.includes(role), event.code)
        return
      case 'catch-up':
        // R72: the last event before a loss shows no gap until the next one; this does.
        this.queue.push(() => this.follow(() => this.follower.catchUp()))
        return
      default:
        return assertNever(event)
    }
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
    const record = (key: string) => this.validator.recordOf(this.doc, key)
    noteCommand(this.attribution, connection.personId, command, reply, record)
    this.attributionBatch.due()
  }

  private commandContext(connection: Connection | null): CommandContext {
    return {
      boardId: this.boardId,
      secrets: this.options.secrets,
      sender: connection ?? { role: 'observer', personId: '', writable: false },
      record: (key) => this.validator.recordOf(this.doc, key),
      writeAsServer: async (write) => {
        await this.commitServerWrite(write)
      },
      now: () => Date.now(),
      checkpoint: async (kind, label) => {
        try {
          await takeCheckpoint(this.options.store, this.boardId, kind, label)
        } catch (error) {
          this.log.error({ error: String(error) }, 'taking a checkpoint failed')
        }
      },
      attribution: this.attribution,
    }
  }

  /**
   * Runs a step of the follower once the board is loaded. A failed read is not the fault
   * of any socket: the entries are caught up at the next gap (R57).
   */
  private async follow(step: () => Promise<void>): Promise<void> {
    if (this.state !== 'ready' && this.state !== 'unloading') return
    try {
      await step()
    } catch (error) {
      this.log.warn({ error: String(error) }, 'catching up from the log failed')
    }
  }

  /** R56: an update another process stored, now in the doc, goes to every socket. */
  private relayFollowed(update: Uint8Array, bytes: number): void {
    this.uncompacted.updates++
    this.uncompacted.bytes += bytes
    this.boardBytes = { bytes: this.boardBytes.bytes + bytes, exact: false }
    this.broadcast(syncUpdateMessage(update))
  }

  /**
   * R42: the server writes into the board itself, e.g. the totals of a check. Queued
   * like a client's update; resolves once the change is stored and relayed.
   */
  writeAsServer(write: (doc: Y.Doc) => void): Promise<void> {
    return new Promise((resolve, reject) =>
      this.queue.push(() => this.commitServerWrite(write).then(() => resolve(), reject)),
    )
  }

  /**
   * R42: inside a task of the queue, checks the server's own change like a client's
   * (R17; only the server may write `meta`, R30), appends it, then relays it to every
   * connection (R3) unless `relay` is false (at load, before anyone is answered), through
   * the same `appendTimed` and `afterAppend` as `storeAndApply`. Resolves whether it
   * stored anything.
   */
  private async commitServerWrite(
    write: (doc: Y.Doc) => void,
    { relay }: { relay: boolean } = { relay: true },
  ): Promise<boolean> {
    if (this.state !== 'ready' && this.state !== 'unloading') {
      throw new Error(`the board is ${this.state}`)
    }
    const verdict = this.validator.checkServerWrite(this.doc, () => write(this.doc))
    if (!verdict.ok) {
      await this.rebuild()
      throw new Error(`the server's own change was refused: ${verdict.reason}`)
    }
    if (!verdict.changed) return false
    let seq: number
    try {
      seq = await this.appendTimed(verdict.update)
    } catch (error) {
      await this.rebuild()
      throw error
    }
    await this.afterAppend(seq, verdict.update, relay ? {} : null)
    return true
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

  /**
   * R7: the states a connection owned end with it, and so does their `meta`. y-protocols
   * keeps a removed client's clock there forever; a socket announcing ever new ids would
   * grow it without end. The gate keeps a bounded number of those clocks (R26).
   */
  private forgetAwareness(connection: Connection): void {
    const ids = this.awarenessGate.release(connection)
    if (ids.length === 0) return
    const present = ids.filter((id) => this.awareness.states.has(id))
    // The removal is encoded from `meta` as it is relayed, so meta goes after.
    if (present.length > 0) removeAwarenessStates(this.awareness, present, connection)
    this.awarenessGate.forget(ids, this.awareness)
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
    // H31: a board a newer server stored is not opened, so nothing here can write to it.
    if (isStoredByNewerServer(this.doc)) {
      this.fail(CloseCode.BoardTooNew, 'the board was stored by a newer server')
      return
    }
    if (this.state === 'loading') this.state = 'ready'
    await this.attribution
      .load()
      .catch((error) => this.log.error({ error: String(error) }, 'loading contributions failed'))
    await this.writeSchema()
    await this.moveLegacyRatings()
    if (this.compactionDue()) await this.compact()
  }

  /**
   * R31: a board the room loads gets the server's schema if it has none or an older one
   * (with its records migrated), stored like any update before anyone is answered (R1).
   * Should the append fail, the board stays as stored and opens as before.
   */
  private async writeSchema(): Promise<void> {
    let result: SchemaWrite | undefined
    let stored = false
    try {
      // Nobody has been answered yet (R1): what each asks for will include it.
      stored = await this.commitServerWrite(
        (doc) => {
          result = writeServerSchema(doc)
        },
        { relay: false },
      )
    } catch (error) {
      this.log.error({ error: String(error) }, 'storing the board schema failed')
      return
    }
    if (result === undefined) return
    if (!result.wrote && result.problem !== undefined) {
      this.log.warn({ age: result.age, problem: result.problem }, 'board schema left as it is')
    } else if (stored) this.log.info({ age: result.age }, 'board schema written')
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
    this.follower.lastSeq = stored.lastSeq
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
    this.fail(CloseCode.StorageFailure, 'load failed')
  }

  /** Closes every socket with `code` and leaves memory; sockets that arrive meanwhile get it too. */
  private fail(code: CloseCode, reason: string): void {
    if (code !== CloseCode.StorageFailure) this.log.warn({ code }, reason)
    this.state = 'failed'
    this.failure = code
    for (const connection of [...this.connections]) connection.fail(code, reason)
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
   * R8, R60: replace the log through the last entry the doc holds (with all before it) by
   * the room's state, under the board's compaction lease. The doc collects garbage, so
   * deleted content is gone from the snapshot; merging the logged updates instead would
   * keep it forever.
   */
  private async compact(): Promise<void> {
    try {
      const snapshot = await compactUnderLease({
        log: this.options.store,
        boardId: this.boardId,
        holder: this.id,
        doc: this.doc,
        throughSeq: this.follower.lastSeq,
      })
      if (snapshot === null) return
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
      await this.attributionBatch.flush()
      if (this.uncompacted.updates > 0) await this.compact()
      this.finish()
    })
  }

  private finish(): void {
    if (this.state !== 'failed') this.state = 'unloaded'
    this.stopListening()
    this.awareness.off('update', this.relayAwareness)
    this.awareness.destroy()
    this.boardAnswers.dispose()
    this.doc.destroy()
    this.options.onUnloaded(this)
    this.resolveUnloaded()
  }
}

/** What a person says of how they take part, in their awareness state (R110). */
function takesPartAsOf(state: unknown): unknown {
  const user =
    typeof state === 'object' && state !== null ? (state as { user?: unknown }).user : null
  return typeof user === 'object' && user !== null
    ? (user as { takesPartAs?: unknown }).takesPartAs
    : null
}
