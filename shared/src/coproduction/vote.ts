import {
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
  type TLShapeId,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { lineText } from './text.js'

/**
 * A dot vote (PROTOCOL.md R96–R103): which cards it is over and how it is run, written by
 * the server only. While the vote is open or closed it holds no dots and no count of any
 * kind (each person's dots are secrets the server keeps); on reveal the server writes the
 * totals into `results`. A child of the frame (or page) it was started on; never drawn.
 */
export const VOTE_TYPE = 'cg-vote'

/** R98: cards one vote may be over, dots a person may have, and dots per card at most. */
export const MAX_VOTE_CARDS = 200
export const MAX_DOTS_PER_PERSON = 20

export const VOTE_STATES = ['open', 'closed', 'revealed'] as const
export type VoteState = (typeof VOTE_STATES)[number]

export interface VoteResult {
  cardId: string
  dots: number
  /** Names the voters gave, only when the vote is not anonymous (else empty). */
  voters: string[]
}

export interface VoteProps {
  title: string
  cardIds: string[]
  dotsPerPerson: number
  /** 0: no cap per card. */
  maxPerCard: number
  anonymous: boolean
  state: VoteState
  /** Empty until revealed; then sorted by dots, most first. */
  results: VoteResult[]
  /** People who gave at least one dot: 0 until revealed (a count is a leak, R100). */
  voters: number
}

export type VoteShape = TLBaseShape<typeof VOTE_TYPE, VoteProps>

const count = (max: number) =>
  T.number.check((value) => {
    if (!Number.isSafeInteger(value) || value < 0 || value > max) {
      throw new Error(`Expected a whole number 0 to ${max}, got ${value}`)
    }
  })
const shapeIdText = T.string.check((value) => {
  if (!/^shape:[A-Za-z0-9_.:-]{1,120}$/.test(value)) throw new Error(`Not a shape id: ${value}`)
})
const boundedArray = <V>(item: T.Validator<V>, max: number) =>
  T.arrayOf(item).check((value) => {
    if (value.length > max) throw new Error(`Expected at most ${max} items, got ${value.length}`)
  })

export const voteShapeProps: RecordProps<VoteShape> = {
  title: lineText,
  cardIds: boundedArray(shapeIdText, MAX_VOTE_CARDS),
  dotsPerPerson: count(MAX_DOTS_PER_PERSON),
  maxPerCard: count(MAX_DOTS_PER_PERSON),
  anonymous: T.boolean,
  state: T.literalEnum(...VOTE_STATES),
  results: boundedArray(
    T.object({
      cardId: shapeIdText,
      dots: count(Number.MAX_SAFE_INTEGER),
      voters: boundedArray(lineText, 5000),
    }),
    MAX_VOTE_CARDS,
  ),
  voters: count(Number.MAX_SAFE_INTEGER),
}

export const voteShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })

export function voteShapeId(voteId: string): TLShapeId {
  return `shape:${VOTE_TYPE}.${voteId}` as TLShapeId
}

export function emptyVoteProps(): VoteProps {
  return {
    title: '',
    cardIds: [],
    dotsPerPerson: 3,
    maxPerCard: 0,
    anonymous: true,
    state: 'open',
    results: [],
    voters: 0,
  }
}
