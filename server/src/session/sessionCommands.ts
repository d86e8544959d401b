import type { TLShapeId } from '@tldraw/tlschema'
import {
  createBoardSchema,
  emptySessionProps,
  MAX_STAGES,
  MAX_TIMER_MS,
  MINUTE_MS,
  SESSION_SHAPE_ID,
  SESSION_TYPE,
  type CommandArgs,
  type CommandResult,
  type SessionAction,
  type SessionProps,
} from '@common-ground/shared'
import type { CommandContext } from '../room/roomCommands.js'
import { CommandFailure } from '../room/roomCommands.js'
import { putRecord } from '../room/serverWrite.js'
import { readSessionProps } from './readSession.js'

/**
 * Running a session (PROTOCOL.md R81–R95): the facilitator's actions on the board's one
 * `cg-session` record, which only the server writes (R38, R42). Each action reads the
 * record as the board holds it, makes the next state and writes it whole.
 */

let schema: ReturnType<typeof createBoardSchema> | null = null
const boardSchema = () => (schema ??= createBoardSchema())

/** R82: the server's clock, for anyone, so each client can correct its own. */
export async function clock(
  context: CommandContext,
  _args: CommandArgs<'clock'>,
): Promise<CommandResult<'clock'>> {
  return { serverTime: context.now() }
}

/** R83: one facilitator action on the session; anyone else is refused. */
export async function session(
  context: CommandContext,
  action: CommandArgs<'session'>,
): Promise<CommandResult<'session'>> {
  if (!context.sender.writable) throw new CommandFailure('read-only')
  if (context.sender.role !== 'facilitator') throw new CommandFailure('not-facilitator')
  const now = context.now()
  const before = readSessionProps(context.record(SESSION_SHAPE_ID)) ?? emptySessionProps()
  const after = nextSession(before, action, now, context.sender.personId)
  await context.writeAsServer((doc) => putRecord(doc, sessionRecord(context, after)))
  if (action.action === 'setStage' && after.currentStageId !== null) {
    const stage = after.stages.find((s) => s.id === after.currentStageId)
    // R87: the board as the session enters the stage, kept for good. A checkpoint that
    // could not be taken does not undo the move; the log still holds everything.
    await context.checkpoint('stage', stage?.name ?? null)
  }
  return { serverTime: now }
}

/** The session after `action` at server time `now` (pure, so each rule is tested alone). */
export function nextSession(
  s: SessionProps,
  action: SessionAction,
  now: number,
  personId: string,
): SessionProps {
  switch (action.action) {
    case 'addStage': {
      if (s.stages.length >= MAX_STAGES) throw new CommandFailure('too-many-stages')
      const id = `stage-${s.nextStageNumber}`
      const { name, frameId, plannedMinutes } = action
      return {
        ...s,
        stages: [...s.stages, { id, name, frameId, plannedMinutes }],
        nextStageNumber: s.nextStageNumber + 1,
      }
    }
    case 'updateStage': {
      const { stageId, name, frameId, plannedMinutes } = action
      stageIndex(s, stageId)
      return {
        ...s,
        stages: s.stages.map((stage) =>
          stage.id === stageId ? { id: stageId, name, frameId, plannedMinutes } : stage,
        ),
      }
    }
    case 'moveStage': {
      const from = stageIndex(s, action.stageId)
      const stages = [...s.stages]
      const [moved] = stages.splice(from, 1)
      stages.splice(Math.min(action.to, stages.length), 0, moved!)
      return { ...s, stages }
    }
    case 'removeStage': {
      stageIndex(s, action.stageId)
      return {
        ...s,
        stages: s.stages.filter((stage) => stage.id !== action.stageId),
        currentStageId: s.currentStageId === action.stageId ? null : s.currentStageId,
      }
    }
    case 'setStage':
      if (action.stageId !== null) stageIndex(s, action.stageId)
      return { ...s, currentStageId: action.stageId, stageSeq: s.stageSeq + 1 }
    case 'startTimer': {
      const planned = s.stages.find((stage) => stage.id === s.currentStageId)?.plannedMinutes
      const durationMs = action.durationMs ?? (planned ? planned * MINUTE_MS : null)
      if (durationMs === null) throw new CommandFailure('no-duration')
      return { ...s, timer: { durationMs, endsAt: now + durationMs, remainingMs: durationMs } }
    }
    case 'pauseTimer': {
      const timer = requireTimer(s)
      if (timer.endsAt === null) return s
      return {
        ...s,
        timer: { ...timer, endsAt: null, remainingMs: Math.max(0, timer.endsAt - now) },
      }
    }
    case 'resumeTimer': {
      const timer = requireTimer(s)
      if (timer.endsAt !== null) return s
      return { ...s, timer: { ...timer, endsAt: now + timer.remainingMs } }
    }
    case 'addMinute': {
      const timer = requireTimer(s)
      const left = timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now)
      const remainingMs = Math.min(MAX_TIMER_MS, left + MINUTE_MS)
      return {
        ...s,
        timer: {
          durationMs: Math.min(MAX_TIMER_MS, timer.durationMs + MINUTE_MS),
          endsAt: timer.endsAt === null ? null : now + remainingMs,
          remainingMs,
        },
      }
    }
    case 'stopTimer':
      return { ...s, timer: null }
    case 'bringHere': {
      const { x, y, w, h } = action
      return { ...s, bring: { seq: (s.bring?.seq ?? 0) + 1, x, y, w, h } }
    }
    case 'follow':
      return { ...s, followId: action.on ? personId : null }
    default:
      return unreachable(action)
  }
}

function stageIndex(s: SessionProps, stageId: string): number {
  const index = s.stages.findIndex((stage) => stage.id === stageId)
  if (index < 0) throw new CommandFailure('no-such-stage')
  return index
}

function requireTimer(s: SessionProps): NonNullable<SessionProps['timer']> {
  if (s.timer === null) throw new CommandFailure('no-timer')
  return s.timer
}

/** The session record: the one there with new props, or a new one on the page. */
function sessionRecord(context: Pick<CommandContext, 'record'>, props: SessionProps) {
  const existing = context.record(SESSION_SHAPE_ID)
  if (typeof existing === 'object' && existing !== null) {
    return { ...(existing as { id: string }), props }
  }
  return boardSchema().types.shape.create({
    id: SESSION_SHAPE_ID as TLShapeId,
    type: SESSION_TYPE,
    parentId: 'page:page' as never,
    index: 'a0' as never,
    x: 0,
    y: 0,
    // tldraw's "select all" leaves locked shapes out, so nobody moves or deletes it by accident.
    isLocked: true,
    props,
  }) as unknown as { id: string }
}

function unreachable(value: never): never {
  throw new Error(`Unknown session action: ${JSON.stringify(value)}`)
}
