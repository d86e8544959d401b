import type * as Y from 'yjs'
import {
  COMMAND_ERRORS,
  type BoardId,
  type CheckpointKind,
  type Command,
  type CommandArgs,
  type CommandError,
  type CommandName,
  type CommandReply,
  type CommandResult,
  type Role,
} from '@common-ground/shared'
import type { Attribution } from '../attribution/Attribution.js'
import { myRatings, rate } from '../ratings/sixElementsRatings.js'
import { clock, session } from '../session/sessionCommands.js'
import type { SecretStore } from '../storage/SecretStore.js'
import { facilitationHandlers } from './facilitationHandlers.js'

/** What a command handler may use of its room; the room builds one per command. */
export interface CommandContext {
  boardId: BoardId
  secrets: SecretStore
  /** Who sent the command. */
  sender: { role: Role; personId: string; writable: boolean }
  /** A record as the board holds it now, or null. */
  record(key: string): unknown
  /** R42: writes into the board as the server; throws if the change could not be stored. */
  writeAsServer(write: (doc: Y.Doc) => void): Promise<void>
  /** The server's clock, ms since 1970 (R82). */
  now(): number
  /** R87: keeps the board as it is now as a checkpoint; never throws (a failure is logged). */
  checkpoint(kind: CheckpointKind, label: string | null): Promise<void>
  /** R110: who contributed what, and the stamps of records (R114). */
  attribution: Attribution
}

/** Thrown by a handler to answer with a named error instead of a result. */
export class CommandFailure extends Error {
  constructor(readonly error: CommandError) {
    super(COMMAND_ERRORS[error])
  }
}

export type Handlers = {
  [N in CommandName]: (context: CommandContext, args: CommandArgs<N>) => Promise<CommandResult<N>>
}

/** R46: every command, one handler each. */
const handlers: Handlers = {
  rate,
  myRatings,
  clock,
  session,
  ...facilitationHandlers,
}

/** The table is complete by its type, so a command without a handler does not compile. */
function dispatch(context: CommandContext, command: Command): Promise<CommandResult<CommandName>> {
  const handler = handlers[command.name] as (
    context: CommandContext,
    args: Command['args'],
  ) => Promise<CommandResult<CommandName>>
  return handler(context, command.args)
}

/**
 * R43, R46: runs one command and says how it went. A command that could not be read,
 * or that its handler refused, is answered with a named error; the socket stays open.
 */
export async function runCommand(
  context: CommandContext,
  command: Command | { invalid: string },
  onError: (error: unknown) => void,
): Promise<CommandReply> {
  if ('invalid' in command) return failure('bad-command')
  try {
    return { ok: true, result: await dispatch(context, command) }
  } catch (error) {
    if (error instanceof CommandFailure) return failure(error.error)
    onError(error)
    return failure('failed')
  }
}

function failure(error: CommandError): CommandReply {
  return { ok: false, error, message: COMMAND_ERRORS[error] }
}
