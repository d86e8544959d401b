import {
  RATING_SCALE,
  SIX_ELEMENTS_QUESTIONS,
  type QuestionId,
  type Rating,
  type Ratings,
} from '../coproduction/sixElements.js'
import {
  readSessionCommand,
  SESSION_COMMAND_ERRORS,
  type SessionCommandMap,
} from './sessionCommands.js'
import { readBalanceCommand, type BalanceCommandMap } from './balanceCommands.js'
import {
  PRIVATE_COMMAND_ERRORS,
  readPrivateCommand,
  type PrivateCommandMap,
} from './privateCommands.js'
import { readVoteCommand, VOTE_COMMAND_ERRORS, type VoteCommandMap } from './voteCommands.js'

/**
 * Commands: actions a client asks of the room that are not edits of the document
 * (PROTOCOL.md R43–R48). A command travels in a `MessageType.Command` frame:
 * `varUint(Command) varUint(requestId) varString(JSON)`, the JSON a {@link Command}; the
 * room answers in a frame of the same type with the same request id and a
 * {@link CommandReply}. Only a client that sent a command ever receives one, so the
 * unmodified y-websocket client never sees this type.
 */
export interface CommandMap
  extends SessionCommandMap, VoteCommandMap, PrivateCommandMap, BalanceCommandMap {
  /** Gives (or, with null, takes back) one answer on a six-elements check. */
  rate: {
    args: { checkId: string; question: QuestionId; value: Rating | null }
    result: { ratings: Ratings }
  }
  /** Reads back this person's own answers on a check, e.g. after a reload. */
  myRatings: { args: { checkId: string }; result: { ratings: Ratings } }
}

export type CommandName = keyof CommandMap
export type CommandArgs<N extends CommandName> = CommandMap[N]['args']
export type CommandResult<N extends CommandName> = CommandMap[N]['result']
export type Command = { [N in CommandName]: { name: N; args: CommandArgs<N> } }[CommandName]

/** Why a command was not done; the room answers with one of these and its words. */
export const COMMAND_ERRORS = {
  'bad-command': 'The server could not read that request.',
  'read-only': 'Your link lets you look at this board, not change it.',
  'no-such-check': 'That check is no longer on the board.',
  'storage-failed': 'The server could not save that. Please try again.',
  full: 'This check has taken as many people’s answers as it can.',
  failed: 'The server could not do that. Please try again.',
  ...SESSION_COMMAND_ERRORS,
  ...VOTE_COMMAND_ERRORS,
  ...PRIVATE_COMMAND_ERRORS,
} as const
export type CommandError = keyof typeof COMMAND_ERRORS

export type CommandReply<N extends CommandName = CommandName> =
  { ok: true; result: CommandResult<N> } | { ok: false; error: CommandError; message: string }

/**
 * R44: a command's JSON may be at most this long; a longer one closes the socket. Room
 * for a vote over `MAX_VOTE_CARDS` card ids (R98).
 */
export const MAX_COMMAND_CHARS = 8192
/** R45: commands per second per connection (with a burst of twice this). */
export const COMMANDS_PER_SECOND = 10

const QUESTION_IDS: ReadonlySet<string> = new Set(SIX_ELEMENTS_QUESTIONS.map((q) => q.id))
const RATINGS: ReadonlySet<unknown> = new Set(RATING_SCALE.map((r) => r.value))
const SHAPE_ID = /^shape:[A-Za-z0-9_.:-]{1,120}$/

/** A command from untrusted JSON, or why it is not one (R43). */
export function readCommand(value: unknown): Command | string {
  if (!isObject(value)) return 'not an object'
  const { name, args } = value
  if (!isObject(args)) return 'args is not an object'
  switch (name) {
    case 'rate': {
      const { checkId, question, value: rating } = args
      if (!isShapeId(checkId)) return 'checkId is not a shape id'
      if (typeof question !== 'string' || !QUESTION_IDS.has(question)) return 'unknown question'
      if (rating !== null && !RATINGS.has(rating)) return 'rating is not 0 to 4 or null'
      return {
        name,
        args: { checkId, question: question as QuestionId, value: rating as Rating | null },
      }
    }
    case 'myRatings': {
      const { checkId } = args
      if (!isShapeId(checkId)) return 'checkId is not a shape id'
      return { name, args: { checkId } }
    }
    default:
      return (
        readSessionCommand(name, args) ??
        readVoteCommand(name, args) ??
        readPrivateCommand(name, args) ??
        readBalanceCommand(name, args) ??
        `unknown command ${JSON.stringify(name)}`
      )
  }
}

/** A reply from untrusted JSON (the client reads the server's answers through this). */
export function readCommandReply(value: unknown): CommandReply | null {
  if (!isObject(value)) return null
  if (value.ok === true && isObject(value.result)) {
    return { ok: true, result: value.result as CommandResult<CommandName> }
  }
  if (
    value.ok === false &&
    typeof value.error === 'string' &&
    Object.prototype.hasOwnProperty.call(COMMAND_ERRORS, value.error)
  ) {
    const error = value.error as CommandError
    return { ok: false, error, message: COMMAND_ERRORS[error] }
  }
  return null
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isShapeId(value: unknown): value is string {
  return typeof value === 'string' && SHAPE_ID.test(value)
}
