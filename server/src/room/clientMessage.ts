import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import {
  CloseCode,
  MAX_COMMAND_CHARS,
  MessageType,
  readCommand,
  SyncMessageType,
  type Command,
} from '@common-ground/shared'
import { readUpdateExtent, type UpdateExtent } from './updateExtent.js'

/**
 * A message from a client, fully decoded and validated. Bytes from the network become a
 * `ClientMessage` only through {@link readClientMessage}, so the room never sees a
 * payload it has not checked (PROTOCOL.md R5).
 */
export type ClientMessage =
  | { type: typeof MessageType.Sync; sync: typeof SyncMessageType.Step1; stateVector: Uint8Array }
  | {
      type: typeof MessageType.Sync
      sync: typeof SyncMessageType.Step2 | typeof SyncMessageType.Update
      update: Uint8Array
      /** Read while checking the update is decodable; the room's R18 check uses it. */
      extent: UpdateExtent
    }
  | { type: typeof MessageType.Awareness; update: Uint8Array }
  | { type: typeof MessageType.QueryAwareness }
  | {
      type: typeof MessageType.Command
      requestId: number
      /** The command, or why its JSON is not one (answered with 'bad-command', R43). */
      command: Command | { invalid: string }
    }

/** Thrown by {@link readClientMessage}; `code` is the close code the socket gets. */
export class RejectedMessage extends Error {
  constructor(
    readonly code:
      | typeof CloseCode.UnknownMessage
      | typeof CloseCode.MalformedMessage
      | typeof CloseCode.AwarenessFlood,
    message: string,
  ) {
    super(message)
  }
}

const isMessageType = (n: number): n is MessageType =>
  (Object.values(MessageType) as number[]).includes(n)

/**
 * Decodes one WebSocket message. Throws {@link RejectedMessage} for a type this server
 * does not accept from clients and for anything truncated, oversized, trailing or
 * otherwise unreadable, and for an awareness message of more than `maxAwarenessEntries`
 * entries (R27), before reading them.
 */
export function readClientMessage(
  data: Uint8Array,
  maxAwarenessEntries = Number.MAX_SAFE_INTEGER,
): ClientMessage {
  const decoder = decoding.createDecoder(data)
  let message: ClientMessage
  try {
    const type = decoding.readVarUint(decoder)
    if (!isMessageType(type)) {
      throw new RejectedMessage(CloseCode.UnknownMessage, `unknown message type ${type}`)
    }
    message = readBody(type, decoder, maxAwarenessEntries)
  } catch (error) {
    if (error instanceof RejectedMessage) throw error
    throw new RejectedMessage(CloseCode.MalformedMessage, String(error))
  }
  if (decoding.hasContent(decoder)) {
    throw new RejectedMessage(CloseCode.MalformedMessage, 'trailing bytes after message')
  }
  return message
}

function readBody(
  type: MessageType,
  decoder: decoding.Decoder,
  maxAwarenessEntries: number,
): ClientMessage {
  switch (type) {
    case MessageType.Sync:
      return readSync(decoder)
    case MessageType.Awareness: {
      const update = decoding.readVarUint8Array(decoder)
      checkAwarenessUpdate(update, maxAwarenessEntries)
      return { type, update }
    }
    case MessageType.QueryAwareness:
      return { type }
    case MessageType.Command: {
      const requestId = decoding.readVarUint(decoder)
      const json = decoding.readVarString(decoder)
      // R44: a command is small; a long one is not a mistake.
      if (json.length > MAX_COMMAND_CHARS) throw new Error('command too long')
      let value: unknown
      try {
        value = JSON.parse(json)
      } catch {
        return { type, requestId, command: { invalid: 'not JSON' } }
      }
      const command = readCommand(value)
      return {
        type,
        requestId,
        command: typeof command === 'string' ? { invalid: command } : command,
      }
    }
    case MessageType.Auth:
      // Auth messages only ever travel from server to client.
      throw new RejectedMessage(CloseCode.UnknownMessage, 'clients may not send auth messages')
    default:
      return assertNever(type)
  }
}

function readSync(decoder: decoding.Decoder): ClientMessage {
  const sync = decoding.readVarUint(decoder)
  switch (sync) {
    case SyncMessageType.Step1: {
      const stateVector = decoding.readVarUint8Array(decoder)
      Y.decodeStateVector(stateVector)
      return { type: MessageType.Sync, sync, stateVector }
    }
    case SyncMessageType.Step2:
    case SyncMessageType.Update: {
      const update = decoding.readVarUint8Array(decoder)
      return { type: MessageType.Sync, sync, update, extent: readUpdateExtent(update) }
    }
    default:
      throw new RejectedMessage(CloseCode.UnknownMessage, `unknown sync message type ${sync}`)
  }
}

/**
 * Walks an awareness update the way y-protocols' `applyAwarenessUpdate` will, so that a
 * bad entry is refused before any entry is applied (that function applies entries one by
 * one and would leave the first ones applied but never announced).
 */
function checkAwarenessUpdate(update: Uint8Array, maxEntries: number): void {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  if (count > maxEntries) {
    throw new RejectedMessage(CloseCode.AwarenessFlood, `${count} awareness entries`)
  }
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder)
    decoding.readVarUint(decoder)
    JSON.parse(decoding.readVarString(decoder))
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in awareness update')
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${String(value)}`)
}
