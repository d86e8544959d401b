import type { Logger } from 'pino'
import {
  canWrite,
  CLOSE_REASONS,
  CloseCode,
  COMMANDS_PER_SECOND,
  MessageType,
  SyncMessageType,
  type Role,
} from '@common-ground/shared'
import { readClientMessage, RejectedMessage, type ClientMessage } from './clientMessage.js'
import { closeCodeName, DropReason, type RoomMetrics } from './RoomMetrics.js'
import type { ConnectionAccess, RoomConnection, RoomSocket } from './RoomSocket.js'
import { TokenBucket, type Clock } from './TokenBucket.js'

/** The room side of a connection; implemented by {@link Room}. */
export interface ConnectionHost {
  handle(connection: Connection, message: ClientMessage): void
  leave(connection: Connection): void
}

export interface ConnectionOptions {
  socket: RoomSocket
  host: ConnectionHost
  access: ConnectionAccess
  maxBufferedBytes: number
  maxMessagesPerSecond: number
  maxAwarenessPerSecond: number
  /** R29: sync step 1 messages per minute, with a burst of the same number. */
  maxBoardRequestsPerMinute: number
  /** R27: more entries in one awareness message close the socket with AwarenessFlood. */
  maxAwarenessEntries: number
  metrics: RoomMetrics
  clock: Clock
  log: Logger
}

/**
 * One socket in one room. Decodes what arrives, meters it (R20, R21), guards what is
 * sent, and makes sure the room hears about the end of the connection exactly once,
 * whoever ended it.
 */
export class Connection implements RoomConnection {
  readonly role: Role
  /** The person the server vouches for (A12); the write policy and commands check it. */
  readonly personId: string
  /** False for observers and on archived boards: document updates are dropped (R15). */
  readonly writable: boolean
  private open = true
  /**
   * Set when the server closed this connection for a fault (unreadable message, failed
   * store, slow socket, a rule) or revoked it. Its messages still queued are then
   * dropped: they may depend on the one that failed, or were sent under access that is
   * gone. A connection that simply ends keeps its queued updates.
   */
  faulted = false
  /**
   * Updates from this connection whose own earlier changes the room has not received
   * yet, merged into one; held until they arrive (R18).
   */
  held: Uint8Array | null = null
  private readonly socket: RoomSocket
  private readonly host: ConnectionHost
  private readonly syncBucket: TokenBucket
  private readonly awarenessBucket: TokenBucket
  private readonly boardRequestBucket: TokenBucket
  private readonly commandBucket: TokenBucket

  constructor(private readonly options: ConnectionOptions) {
    this.socket = options.socket
    this.host = options.host
    this.role = options.access.role
    this.personId = options.access.personId
    this.writable = canWrite(options.access.role, options.access.archived)
    const { maxMessagesPerSecond: sync, maxAwarenessPerSecond: awareness, clock } = options
    this.syncBucket = new TokenBucket(sync, 2 * sync, clock)
    this.awarenessBucket = new TokenBucket(awareness, 2 * awareness, clock)
    const boardRequests = options.maxBoardRequestsPerMinute
    this.boardRequestBucket = new TokenBucket(boardRequests / 60, boardRequests, clock)
    this.commandBucket = new TokenBucket(COMMANDS_PER_SECOND, 2 * COMMANDS_PER_SECOND, clock)
  }

  get isOpen(): boolean {
    return this.open
  }

  receive(data: Uint8Array): void {
    if (!this.open) return
    this.options.metrics.messageIn(data.byteLength)
    let message: ClientMessage
    try {
      message = readClientMessage(data, this.options.maxAwarenessEntries)
    } catch (error) {
      const code = error instanceof RejectedMessage ? error.code : CloseCode.MalformedMessage
      this.fail(code, error)
      return
    }
    // R20: document messages are few (one per frame at most); a flood is an attack or a bug.
    if (message.type === MessageType.Sync && !this.syncBucket.take()) {
      return this.fail(CloseCode.RateLimited, 'sync rate')
    }
    // R29: a client asks for the board once per connection; asking again and again makes
    // the server encode and send the board again and again.
    if (
      message.type === MessageType.Sync &&
      message.sync === SyncMessageType.Step1 &&
      !this.boardRequestBucket.take()
    ) {
      return this.fail(CloseCode.TooManyBoardRequests, 'board requests per connection')
    }
    // R45: each command may cost the server a store write; a person clicks, a loop floods.
    if (message.type === MessageType.Command && !this.commandBucket.take()) {
      return this.fail(CloseCode.RateLimited, 'command rate')
    }
    this.host.handle(this, message)
  }

  /**
   * R21: takes one of this connection's awareness tokens, or counts the message as
   * throttled. Cursors are ephemeral: the next state replaces a dropped one.
   */
  takeAwarenessToken(): boolean {
    if (this.awarenessBucket.take()) return true
    this.options.metrics.rejected(DropReason.AwarenessThrottled)
    return false
  }

  /**
   * Sends, unless the socket is closed; a socket too far behind or broken is closed.
   * True when the message was queued. The room counts what it sends (one count per
   * broadcast), so this stays cheap inside a fan-out.
   */
  send(data: Uint8Array): boolean {
    if (!this.open) return false
    if (this.socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.fail(CloseCode.SlowConsumer, `${this.socket.bufferedAmount} bytes buffered`)
      return false
    }
    try {
      this.socket.send(data)
    } catch (error) {
      this.fail(CloseCode.SlowConsumer, error)
      return false
    }
    return true
  }

  /** Closes for a fault: logged, counted, and the connection's queued messages are dropped. */
  fail(code: CloseCode, detail: unknown): void {
    if (!this.open) return
    this.faulted = true
    this.options.metrics.rejected(closeCodeName(code))
    this.options.log.warn({ code, role: this.role, detail: String(detail) }, 'closing connection')
    this.end(code)
  }

  /** Closes because the connection's access changed (R19); queued messages are dropped. */
  revoke(code: CloseCode): void {
    if (!this.open) return
    this.faulted = true
    this.options.log.info({ code, role: this.role }, 'revoking connection')
    this.end(code)
  }

  /** Closes from the server side with `code` and its reason. */
  end(code: CloseCode): void {
    if (!this.open) return
    try {
      this.socket.close(code, CLOSE_REASONS[code])
    } catch (error) {
      this.options.log.debug({ error: String(error) }, 'socket close threw')
    }
    this.close()
  }

  close(): void {
    if (!this.open) return
    this.open = false
    this.held = null
    this.host.leave(this)
  }
}
