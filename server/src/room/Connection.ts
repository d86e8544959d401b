import type { Logger } from 'pino'
import { CLOSE_REASONS, CloseCode } from '@common-ground/shared'
import { readClientMessage, RejectedMessage, type ClientMessage } from './clientMessage.js'
import type { RoomConnection, RoomSocket } from './RoomSocket.js'

/** The room side of a connection; implemented by {@link Room}. */
export interface ConnectionHost {
  handle(connection: Connection, message: ClientMessage): void
  leave(connection: Connection): void
}

/**
 * One socket in one room. Decodes what arrives, guards what is sent, and makes sure the
 * room hears about the end of the connection exactly once, whoever ended it.
 */
export class Connection implements RoomConnection {
  private open = true
  /**
   * Set when the server closed this connection for a fault (unreadable message, failed
   * store, slow socket). Its messages still queued are then dropped: they may depend on
   * the one that failed. A connection that simply ends keeps its queued updates.
   */
  faulted = false

  constructor(
    private readonly socket: RoomSocket,
    private readonly host: ConnectionHost,
    private readonly maxBufferedBytes: number,
    private readonly log: Logger,
  ) {}

  get isOpen(): boolean {
    return this.open
  }

  receive(data: Uint8Array): void {
    if (!this.open) return
    let message: ClientMessage
    try {
      message = readClientMessage(data)
    } catch (error) {
      const code = error instanceof RejectedMessage ? error.code : CloseCode.MalformedMessage
      this.fail(code, error)
      return
    }
    this.host.handle(this, message)
  }

  /** Sends, unless the socket is closed; a socket too far behind or broken is closed. */
  send(data: Uint8Array): void {
    if (!this.open) return
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      this.fail(CloseCode.SlowConsumer, `${this.socket.bufferedAmount} bytes buffered`)
      return
    }
    try {
      this.socket.send(data)
    } catch (error) {
      this.fail(CloseCode.SlowConsumer, error)
    }
  }

  /** Closes for a fault: logged, and the connection's queued messages are dropped. */
  fail(code: CloseCode, detail: unknown): void {
    if (!this.open) return
    this.faulted = true
    this.log.warn({ code, detail: String(detail) }, 'closing connection')
    this.end(code)
  }

  /** Closes from the server side with `code` and its reason. */
  end(code: CloseCode): void {
    if (!this.open) return
    try {
      this.socket.close(code, CLOSE_REASONS[code])
    } catch (error) {
      this.log.debug({ error: String(error) }, 'socket close threw')
    }
    this.close()
  }

  close(): void {
    if (!this.open) return
    this.open = false
    this.host.leave(this)
  }
}
