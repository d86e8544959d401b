import {
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
  type TLShapeId,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { TAKES_PART_AS, type TakesPartAs } from '../roles.js'
import { lineText } from './text.js'

/**
 * Voice balance (PROTOCOL.md R110–R113): whose contributions are on the board, grouped by
 * how people take part, with how many people are in each group, and no names. The server
 * counts from the identity of each writer; the facilitator reads it through a command
 * and may show it to everyone, which writes this server-only record (never drawn).
 */
export const VOICE_BALANCE_TYPE = 'cg-voice-balance'

/** What is counted for each person. */
export const CONTRIBUTION_KINDS = ['cards', 'changes', 'connections', 'dots', 'ratings'] as const
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number]
export type Contributions = Record<ContributionKind, number>

export interface GroupBalance extends Contributions {
  takesPartAs: TakesPartAs
  /** People in this group who took part in the board (the divisor for fair comparison). */
  people: number
}

export interface FrameBalance {
  /** The frame (a stage's area), or '' for what is outside every frame. */
  frameId: string
  name: string
  groups: GroupBalance[]
}

export interface VoiceBalance {
  session: GroupBalance[]
  frames: FrameBalance[]
}

/** R112: frames a shown voice balance lists at most. */
export const MAX_BALANCE_FRAMES = 50

export function emptyContributions(): Contributions {
  return { cards: 0, changes: 0, connections: 0, dots: 0, ratings: 0 }
}

/** Every group, in `TAKES_PART_AS` order, with nothing counted. */
export function emptyGroups(): GroupBalance[] {
  return TAKES_PART_AS.map(({ id }) => ({ takesPartAs: id, people: 0, ...emptyContributions() }))
}

/** A group's contribution of `kind` per person in it (0 for a group of nobody). */
export function perPerson(group: GroupBalance, kind: ContributionKind): number {
  return group.people === 0 ? 0 : group[kind] / group.people
}

export interface VoiceBalanceProps {
  session: GroupBalance[]
  frames: FrameBalance[]
}

export type VoiceBalanceShape = TLBaseShape<typeof VOICE_BALANCE_TYPE, VoiceBalanceProps>

const count = T.number.check((value) => {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Not a count: ${value}`)
})
const group = T.object({
  takesPartAs: T.literalEnum(...TAKES_PART_AS.map((g) => g.id)),
  people: count,
  cards: count,
  changes: count,
  connections: count,
  dots: count,
  ratings: count,
})
const groups = T.arrayOf(group).check((value) => {
  if (value.length > TAKES_PART_AS.length) throw new Error('Too many groups')
})

export const voiceBalanceShapeProps: RecordProps<VoiceBalanceShape> = {
  session: groups,
  frames: T.arrayOf(T.object({ frameId: T.string, name: lineText, groups })).check((value) => {
    if (value.length > MAX_BALANCE_FRAMES) throw new Error('Too many frames')
  }),
}

export const voiceBalanceShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })

export const VOICE_BALANCE_SHAPE_ID = `shape:${VOICE_BALANCE_TYPE}.board` as TLShapeId
