import {
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
  type TLShapeId,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import type { RecordChange } from '../policy/writePolicy.js'

/**
 * Private mode on a frame (PROTOCOL.md R104–R109): while `state` is 'on', what people add
 * there is kept by the server, each person's cards seen only by them; the board holds only
 * this record, with how many cards are hidden. On reveal the server writes the cards into
 * the frame. Written by the server only; a child of its frame, never drawn.
 */
export const PRIVATE_FRAME_TYPE = 'cg-private'

/** R107: hidden cards one person may keep in one frame. */
export const MAX_HIDDEN_CARDS_PER_PERSON = 50

export const PRIVATE_STATES = ['on', 'revealed'] as const
export type PrivateState = (typeof PRIVATE_STATES)[number]

export interface PrivateFrameProps {
  state: PrivateState
  /** On reveal: whether the cards say who added them. */
  showAuthors: boolean
  /** Cards hidden now (R108: a count everyone may see). */
  hidden: number
}

export type PrivateFrameShape = TLBaseShape<typeof PRIVATE_FRAME_TYPE, PrivateFrameProps>

export const privateFrameShapeProps: RecordProps<PrivateFrameShape> = {
  state: T.literalEnum(...PRIVATE_STATES),
  showAuthors: T.boolean,
  hidden: T.number.check((value) => {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Not a count: ${value}`)
  }),
}

export const privateFrameShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })

export function privateFrameShapeId(frameId: string): TLShapeId {
  return `shape:${PRIVATE_FRAME_TYPE}.${frameId.slice('shape:'.length)}` as TLShapeId
}

/**
 * R105: whether a new record would land in a frame that is private now. `record` reads
 * the board as it is. What the server refuses, and what the client asks before it
 * lets a card be added there.
 */
export function addsToPrivateFrame(
  change: Pick<RecordChange, 'before' | 'after'>,
  record: (key: string) => unknown,
): boolean {
  if (change.before !== null || change.after === null) return false
  const after = change.after as { typeName?: unknown; type?: unknown; parentId?: unknown }
  if (after.typeName !== 'shape' || typeof after.parentId !== 'string') return false
  if (after.type === PRIVATE_FRAME_TYPE || !after.parentId.startsWith('shape:')) return false
  return isPrivateNow(record(privateFrameShapeId(after.parentId)))
}

export function isPrivateNow(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false
  const { type, props } = record as { type?: unknown; props?: { state?: unknown } }
  return type === PRIVATE_FRAME_TYPE && props?.state === 'on'
}
