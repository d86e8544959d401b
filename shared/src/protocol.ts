/**
 * Wire constants of the y-websocket protocol as Common Ground speaks it. Both the
 * server relay and the client import these; nothing else may spell the numbers.
 *
 * A WebSocket frame is `varUint(messageType)` followed by a type-specific body:
 * - Sync: `varUint(syncType)` then `varUint8Array(payload)` (state vector or update).
 * - Awareness: `varUint8Array(awarenessUpdate)`.
 * - QueryAwareness: no body; the server answers with every awareness entry it holds.
 * - Auth: `varUint(authType)` then a reason string; sent only by the server.
 * - Command: `varUint(requestId)` then `varString(json)`: a command from a client, or the
 *   room's reply to one (commands/commands.ts). Sent to a client only in answer to its
 *   own command, so y-websocket's provider, which never sends one, never receives one.
 * See server/PROTOCOL.md for the rules the relay enforces.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  Command: 20,
} as const
export type MessageType = (typeof MessageType)[keyof typeof MessageType]

export const SyncMessageType = {
  Step1: 0,
  Step2: 1,
  Update: 2,
} as const
export type SyncMessageType = (typeof SyncMessageType)[keyof typeof SyncMessageType]

/** y-protocols auth sub-message: permission denied, followed by a reason string. */
export const AUTH_PERMISSION_DENIED = 0

/** Path prefix of the WebSocket endpoint: a board's socket is `${WS_PATH}/<boardId>`. */
export const WS_PATH = '/ws'

/**
 * Close codes. 1000-1015 are defined by RFC 6455; 4000-4999 are ours. Every close the
 * server initiates carries one of these and a reason from {@link CLOSE_REASONS}.
 */
export const CloseCode = {
  Normal: 1000,
  GoingAway: 1001,
  MessageTooBig: 1009,
  InternalError: 1011,
  UnknownMessage: 4000,
  MalformedMessage: 4001,
  InvalidBoardId: 4002,
  Forbidden: 4003,
  BoardNotFound: 4004,
  SlowConsumer: 4008,
  StorageFailure: 4009,
  InvalidRecord: 4010,
  LinkRotated: 4011,
  BoardArchived: 4012,
  BoardTooLarge: 4013,
  RoomFull: 4014,
  ServerBusy: 4015,
  HandshakeTimeout: 4016,
  /** H31: the board was stored by a newer server than this one; it is not opened. */
  BoardTooNew: 4017,
  RateLimited: 4029,
  /** R27: an awareness message with far more entries than a board holds. */
  AwarenessFlood: 4030,
  /** R29: more requests for the whole board than a connection or a board answers. */
  TooManyBoardRequests: 4031,
  Locked: 4032,
  NotYours: 4033,
  ServerOnly: 4034,
  Unauthorized: 4401,
} as const
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** H31: why a board stored by a newer server is refused, over HTTP and as a close reason. */
export const BOARD_TOO_NEW_MESSAGE =
  'This board was saved by a newer Common Ground. Ask whoever runs this server to update it.'

/**
 * Reasons a person can read, sent with each close code. RFC 6455 limits a close
 * reason to 123 bytes of UTF-8, so keep them short.
 */
export const CLOSE_REASONS: Record<CloseCode, string> = {
  [CloseCode.Normal]: 'Connection closed.',
  [CloseCode.GoingAway]: 'The server is restarting. Your edits are kept; reconnecting.',
  [CloseCode.MessageTooBig]: 'A message was larger than the server accepts.',
  [CloseCode.InternalError]: 'The server hit an unexpected error.',
  [CloseCode.UnknownMessage]: 'The server received a message type it does not know.',
  [CloseCode.MalformedMessage]: 'The server received a message it could not read.',
  [CloseCode.InvalidBoardId]: 'That board address is not valid.',
  [CloseCode.Forbidden]: 'You are not allowed to do that on this board.',
  [CloseCode.BoardNotFound]: 'This board does not exist.',
  [CloseCode.SlowConsumer]: 'The connection fell too far behind; reconnecting.',
  [CloseCode.StorageFailure]: 'The server could not save a change. Reloading the board.',
  [CloseCode.InvalidRecord]: 'A change could not be saved because it was not valid.',
  [CloseCode.LinkRotated]: 'This link was replaced by the facilitator. Ask them for the new one.',
  [CloseCode.BoardArchived]: 'The board was archived and is now read-only. Reloading.',
  [CloseCode.BoardTooLarge]: 'This board has reached its size limit, so the change was not saved.',
  [CloseCode.RoomFull]: 'This board has as many people on it as it can take. Try again later.',
  [CloseCode.ServerBusy]: 'The server has too many boards open. Try again in a minute.',
  [CloseCode.HandshakeTimeout]: 'The connection did not start in time; reconnecting.',
  [CloseCode.BoardTooNew]: BOARD_TOO_NEW_MESSAGE,
  [CloseCode.RateLimited]: 'Too many messages in a short time; reconnecting.',
  [CloseCode.AwarenessFlood]: 'Too many people were announced in one message.',
  [CloseCode.TooManyBoardRequests]: 'The board was asked for too often; reconnecting shortly.',
  [CloseCode.Locked]:
    'Only a facilitator can lock, unlock, move or change locked parts. Your change was undone.',
  [CloseCode.NotYours]:
    'You can change only your own answers and your own person card. Your change was undone.',
  [CloseCode.ServerOnly]:
    'That part of the board is kept by the server. Your change was undone; reloading.',
  [CloseCode.Unauthorized]: 'This link is not valid for this board.',
}

export function isCloseCode(code: number): code is CloseCode {
  return Object.prototype.hasOwnProperty.call(CLOSE_REASONS, code)
}
