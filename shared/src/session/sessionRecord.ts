import {
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
  type TLRecord,
  type TLShapeId,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'

/**
 * The state of a running session (PROTOCOL.md R81–R95): the agenda (stages, each tied to
 * a frame), the current stage, the timer, who everyone follows and the last "bring
 * everyone here". One record per board, written by the server only (R38, R42) through the
 * facilitator's `session` commands, so it lives in the board doc: it survives reloads and
 * restarts and every client reads the same state. The canvas never draws it.
 */
export const SESSION_TYPE = 'cg-session'
export const SESSION_SHAPE_ID = `shape:${SESSION_TYPE}` as TLShapeId

/** R84: bounds of everything a facilitator's command can put in the record. */
export const MAX_STAGES = 30
export const MAX_STAGE_NAME_LENGTH = 80
export const MAX_PLANNED_MINUTES = 600
/** Longest countdown, in milliseconds (ten hours). */
export const MAX_TIMER_MS = 10 * 60 * 60 * 1000
export const MINUTE_MS = 60_000

export interface SessionStage {
  /** Made by the server; stable while the stage exists. */
  id: string
  name: string
  /** The frame whose area is the stage's, or null for none. */
  frameId: string | null
  /** Planned duration in whole minutes, or null. */
  plannedMinutes: number | null
}

/**
 * The countdown. Running: `endsAt` is the server's clock (ms since 1970) at zero.
 * Paused: `endsAt` is null and `remainingMs` is what was left.
 */
export interface SessionTimer {
  durationMs: number
  endsAt: number | null
  remainingMs: number
}

/** The page area a facilitator brought everyone to, once (`seq` counts the times). */
export interface SessionBring {
  seq: number
  x: number
  y: number
  w: number
  h: number
}

export interface SessionProps {
  stages: SessionStage[]
  currentStageId: string | null
  /** Counts moves between stages: every client fits the stage's area when it grows. */
  stageSeq: number
  timer: SessionTimer | null
  /** The facilitator everyone follows, by person id, or null. */
  followId: string | null
  bring: SessionBring | null
  /** Used to make the next stage id. */
  nextStageNumber: number
}

export type SessionShape = TLBaseShape<typeof SESSION_TYPE, SessionProps>

const count = T.number.check((value) => {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Not a count: ${value}`)
})
const finite = T.number.check((value) => {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`)
})
const boundedString = (max: number) =>
  T.string.check((value) => {
    if (value.length > max) throw new Error(`Longer than ${max}`)
  })

const stageValidator: T.Validator<SessionStage> = T.object({
  id: boundedString(40),
  name: boundedString(MAX_STAGE_NAME_LENGTH),
  frameId: boundedString(200).nullable(),
  plannedMinutes: count.nullable(),
})

export const sessionShapeProps: RecordProps<SessionShape> = {
  stages: T.arrayOf(stageValidator).check((value) => {
    if (value.length > MAX_STAGES) throw new Error(`More than ${MAX_STAGES} stages`)
  }),
  currentStageId: boundedString(40).nullable(),
  stageSeq: count,
  timer: T.object({ durationMs: count, endsAt: finite.nullable(), remainingMs: count }).nullable(),
  followId: boundedString(200).nullable(),
  bring: T.object({ seq: count, x: finite, y: finite, w: finite, h: finite }).nullable(),
  nextStageNumber: count,
}

export const sessionShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })

export function emptySessionProps(): SessionProps {
  return {
    stages: [],
    currentStageId: null,
    stageSeq: 0,
    timer: null,
    followId: null,
    bring: null,
    nextStageNumber: 1,
  }
}

/** The session record's props as the board holds them, or null if it has none. */
export function sessionOf(records: Iterable<TLRecord>): SessionProps | null {
  for (const record of records) {
    if (record.id === SESSION_SHAPE_ID && record.typeName === 'shape') {
      return (record as unknown as SessionShape).props
    }
  }
  return null
}

/** The current stage, or null. */
export function currentStage(session: SessionProps | null): SessionStage | null {
  if (session === null || session.currentStageId === null) return null
  return session.stages.find((s) => s.id === session.currentStageId) ?? null
}

/** Milliseconds left on the timer at server time `serverNow`; null without a timer. */
export function timerRemainingMs(timer: SessionTimer | null, serverNow: number): number | null {
  if (timer === null) return null
  if (timer.endsAt === null) return timer.remainingMs
  return Math.max(0, timer.endsAt - serverNow)
}
