import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import {
  MessageType,
  readCommandReply,
  type CommandArgs,
  type CommandName,
  type CommandReply,
  type CommandResult,
} from '@common-ground/shared'
import { commandErrorWords } from '../api/apiErrorWords'
import { translate } from '../i18n/translate'

/** What a command came to: its result, or words to show the person. */
export type CommandOutcome<N extends CommandName> =
  { ok: true; result: CommandResult<N> } | { ok: false; message: string }

/** Sends commands to the board's room (SPEC 22, PROTOCOL.md R43–R46). */
export interface CommandSender {
  send<N extends CommandName>(name: N, args: CommandArgs<N>): Promise<CommandOutcome<N>>
}

/** In the reader's language, read when said (the language may change meanwhile). */
export const connectionLostMessage = () => translate('command.connectionLost')
export const notConnectedMessage = () => translate('command.notConnected')

/** A reply as a person is told it: the server's English message is for programs. */
function outcomeOf(reply: CommandReply): CommandOutcome<CommandName> {
  return reply.ok
    ? { ok: true, result: reply.result }
    : { ok: false, message: commandErrorWords(reply.error) }
}

/** Answers every command with "not connected": for a board that is not open. */
export const offlineCommands: CommandSender = {
  send: async () => ({ ok: false, message: notConnectedMessage() }),
}

/**
 * The parts of y-websocket's WebsocketProvider a command channel uses: its table of
 * message handlers (which it consults for every type it receives) and its socket.
 */
interface CommandTransport {
  messageHandlers: unknown[]
  ws: { readyState: number; send(data: Uint8Array): void } | null
  wsconnected: boolean
}

function isTransport(provider: unknown): provider is CommandTransport {
  return (
    typeof provider === 'object' &&
    provider !== null &&
    Array.isArray((provider as CommandTransport).messageHandlers)
  )
}

/**
 * A command channel on one provider. Commands sent while the socket is not open wait
 * for it; a command whose socket closes before the answer is answered with
 * {@link connectionLostMessage} (the server may or may not have done it; every
 * command the board has is safe to send again).
 */
export function openCommandChannel(provider: unknown): CommandSender & {
  connected(): void
  disconnected(): void
  dispose(): void
} {
  if (!isTransport(provider)) {
    return { ...offlineCommands, connected() {}, disconnected() {}, dispose() {} }
  }
  let nextId = 1
  let disposed = false
  const waiting: Uint8Array[] = []
  /** Answers awaited by request id, as the outcome a person is told. */
  const pending = new Map<number, (outcome: CommandOutcome<CommandName>) => void>()
  const lost = (): CommandOutcome<CommandName> => ({ ok: false, message: connectionLostMessage() })

  provider.messageHandlers[MessageType.Command] = (
    _encoder: encoding.Encoder,
    decoder: decoding.Decoder,
  ) => {
    const requestId = decoding.readVarUint(decoder)
    let reply: CommandReply | null = null
    try {
      reply = readCommandReply(JSON.parse(decoding.readVarString(decoder)))
    } catch {
      reply = null
    }
    const resolve = pending.get(requestId)
    pending.delete(requestId)
    resolve?.(reply ? outcomeOf(reply) : lost())
  }

  const isOpen = () => provider.wsconnected && provider.ws !== null && provider.ws.readyState === 1
  const flush = () => {
    while (waiting.length > 0 && isOpen()) provider.ws!.send(waiting.shift()!)
  }

  return {
    send<N extends CommandName>(name: N, args: CommandArgs<N>): Promise<CommandOutcome<N>> {
      if (disposed) return Promise.resolve({ ok: false, message: notConnectedMessage() })
      const requestId = nextId++
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.Command)
      encoding.writeVarUint(encoder, requestId)
      encoding.writeVarString(encoder, JSON.stringify({ name, args }))
      const answer = new Promise<CommandOutcome<N>>((resolve) =>
        // The reply answers request `requestId`, which was command N.
        pending.set(requestId, (outcome) => resolve(outcome as CommandOutcome<N>)),
      )
      waiting.push(encoding.toUint8Array(encoder))
      flush()
      return answer
    },
    connected: flush,
    disconnected() {
      // What was sent is lost with the socket; what was not sent yet waits.
      const sent = [...pending.entries()].slice(0, pending.size - waiting.length)
      for (const [id, resolve] of sent) {
        pending.delete(id)
        resolve(lost())
      }
    },
    dispose() {
      disposed = true
      waiting.length = 0
      for (const resolve of pending.values()) {
        resolve({ ok: false, message: notConnectedMessage() })
      }
      pending.clear()
    },
  }
}
