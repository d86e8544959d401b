import {
  MAX_PLANNED_MINUTES,
  MAX_STAGE_NAME_LENGTH,
  MAX_TIMER_MS,
} from '../session/sessionRecord.js'

/**
 * The commands that run a session (PROTOCOL.md R81–R95). `clock` answers the server's
 * time, so each client can correct for its own clock (R82); `session` is one facilitator
 * action on the session record (R83). Every `session` reply carries the server's time too.
 */
export type SessionAction =
  | { action: 'addStage'; name: string; frameId: string | null; plannedMinutes: number | null }
  | {
      action: 'updateStage'
      stageId: string
      name: string
      frameId: string | null
      plannedMinutes: number | null
    }
  | { action: 'moveStage'; stageId: string; to: number }
  | { action: 'removeStage'; stageId: string }
  | { action: 'setStage'; stageId: string | null }
  | { action: 'startTimer'; durationMs: number | null }
  | { action: 'pauseTimer' }
  | { action: 'resumeTimer' }
  | { action: 'addMinute' }
  | { action: 'stopTimer' }
  | { action: 'bringHere'; x: number; y: number; w: number; h: number }
  | { action: 'follow'; on: boolean }

export type SessionActionName = SessionAction['action']

export interface SessionCommandMap {
  /** The server's clock, in ms since 1970 (anyone, observers too). */
  clock: { args: Record<string, never>; result: { serverTime: number } }
  /** One facilitator action on the session record. */
  session: { args: SessionAction; result: { serverTime: number } }
}

/** Why a session command was not done (spread into COMMAND_ERRORS). */
export const SESSION_COMMAND_ERRORS = {
  'not-facilitator': 'Only a facilitator can do that.',
  'no-such-stage': 'That stage is no longer on the board.',
  'too-many-stages': 'This board has as many stages as it can hold.',
  'no-timer': 'There is no timer to change.',
  'no-duration': 'Give the timer a duration, or plan one for the stage.',
} as const

const STAGE_ID = /^[a-z0-9-]{1,40}$/
const SHAPE_ID = /^shape:[A-Za-z0-9_.:-]{1,120}$/
/** Largest page coordinate or size "bring everyone here" takes. */
const MAX_COORDINATE = 1e7

type SessionCommand =
  { name: 'clock'; args: Record<string, never> } | { name: 'session'; args: SessionAction }

/**
 * A session command from untrusted JSON; a string says why it is not one; null when
 * `name` is not a session command at all (R81, R84).
 */
export function readSessionCommand(
  name: unknown,
  args: Record<string, unknown>,
): SessionCommand | string | null {
  if (name === 'clock') return { name, args: {} }
  if (name !== 'session') return null
  const action = readSessionAction(args)
  return typeof action === 'string' ? action : { name, args: action }
}

function readSessionAction(args: Record<string, unknown>): SessionAction | string {
  switch (args.action) {
    case 'addStage':
    case 'updateStage': {
      const name = typeof args.name === 'string' ? args.name.trim() : null
      if (name === null || name.length === 0 || name.length > MAX_STAGE_NAME_LENGTH) {
        return `name is not 1 to ${MAX_STAGE_NAME_LENGTH} characters`
      }
      const frameId = args.frameId ?? null
      if (frameId !== null && (typeof frameId !== 'string' || !SHAPE_ID.test(frameId))) {
        return 'frameId is not a shape id'
      }
      const plannedMinutes = args.plannedMinutes ?? null
      if (plannedMinutes !== null && !isWhole(plannedMinutes, 1, MAX_PLANNED_MINUTES)) {
        return `plannedMinutes is not 1 to ${MAX_PLANNED_MINUTES}`
      }
      if (args.action === 'addStage') {
        return {
          action: 'addStage',
          name,
          frameId,
          plannedMinutes: plannedMinutes as number | null,
        }
      }
      if (!isStageId(args.stageId)) return 'stageId is not a stage id'
      return {
        action: 'updateStage',
        stageId: args.stageId,
        name,
        frameId,
        plannedMinutes: plannedMinutes as number | null,
      }
    }
    case 'moveStage':
      if (!isStageId(args.stageId)) return 'stageId is not a stage id'
      if (!isWhole(args.to, 0, 1000)) return 'to is not a position'
      return { action: 'moveStage', stageId: args.stageId, to: args.to as number }
    case 'removeStage':
      if (!isStageId(args.stageId)) return 'stageId is not a stage id'
      return { action: 'removeStage', stageId: args.stageId }
    case 'setStage': {
      const stageId = args.stageId ?? null
      if (stageId !== null && !isStageId(stageId)) return 'stageId is not a stage id'
      return { action: 'setStage', stageId }
    }
    case 'startTimer': {
      const durationMs = args.durationMs ?? null
      if (durationMs !== null && !isWhole(durationMs, 1000, MAX_TIMER_MS)) {
        return `durationMs is not 1000 to ${MAX_TIMER_MS}`
      }
      return { action: 'startTimer', durationMs: durationMs as number | null }
    }
    case 'pauseTimer':
    case 'resumeTimer':
    case 'addMinute':
    case 'stopTimer':
      return { action: args.action }
    case 'bringHere': {
      const { x, y, w, h } = args
      if (![x, y].every((v) => isNumberWithin(v, -MAX_COORDINATE, MAX_COORDINATE))) {
        return 'x, y are not page coordinates'
      }
      if (![w, h].every((v) => isNumberWithin(v, 1, MAX_COORDINATE))) return 'w, h are not sizes'
      return { action: 'bringHere', x: x as number, y: y as number, w: w as number, h: h as number }
    }
    case 'follow':
      if (typeof args.on !== 'boolean') return 'on is not true or false'
      return { action: 'follow', on: args.on }
    default:
      return `unknown session action ${JSON.stringify(args.action)}`
  }
}

function isStageId(value: unknown): value is string {
  return typeof value === 'string' && STAGE_ID.test(value)
}

function isWhole(value: unknown, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
}

function isNumberWithin(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
}
