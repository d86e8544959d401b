import type { Role } from '@common-ground/shared'

/**
 * The only thing a room knows about a network connection. The `ws` adapter in `http/`
 * implements it for real sockets; tests implement it in memory.
 */
export interface RoomSocket {
  /** Queues one binary message. May throw if the socket is already broken. */
  send(data: Uint8Array): void
  /** Starts a close handshake with a close code and a reason a person can read. */
  close(code: number, reason: string): void
  /** Bytes queued for sending but not yet written to the network. */
  readonly bufferedAmount: number
}

/** What {@link RoomManager.connect} hands back to the transport for one socket. */
export interface RoomConnection {
  /** Call with every binary message the socket receives, in order. */
  receive(data: Uint8Array): void
  /** Call once the socket has closed, whoever closed it. Idempotent. */
  close(): void
}

/**
 * What the authenticated link allows on this connection, decided by the HTTP layer
 * before the socket reaches a room. Fixed for the connection's life: a change of role or
 * archiving closes the connection (`RoomManager.closeConnections`) and the client
 * reconnects with its new access.
 */
export interface ConnectionAccess {
  role: Role
  archived: boolean
  /** Who this is (auth/personIdentity.ts): what the write policy and commands check. */
  personId: string
}
