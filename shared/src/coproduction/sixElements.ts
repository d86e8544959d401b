import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
  type TLRecord,
  type TLShapeId,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { lineText, participantIdValidator } from './text.js'

export const SIX_ELEMENTS_TYPE = 'cg-six-elements'
export const RATING_TYPE = 'cg-rating'

/**
 * "Is your service co-produced?" (nef / NESTA; DOMAIN.md "The six elements"). Each
 * question's name and text are the domain words `sixElements.<id>.title` and
 * `sixElements.<id>.question` (nef's English verbatim in en.ts); the check's title is
 * `sixElements.title`.
 */
export const SIX_ELEMENTS_QUESTIONS = [
  { id: 'asset-based' },
  { id: 'capabilities' },
  { id: 'mutuality' },
  { id: 'networks' },
  { id: 'blurring-roles' },
  { id: 'catalysts' },
] as const

export type QuestionId = (typeof SIX_ELEMENTS_QUESTIONS)[number]['id']

/** A rating from 0 (not at all) to 4 (fully); its word is the domain word `rating.<value>`. */
export type Rating = 0 | 1 | 2 | 3 | 4
export const RATING_SCALE = [
  { value: 0 },
  { value: 1 },
  { value: 2 },
  { value: 3 },
  { value: 4 },
] as const satisfies readonly { value: Rating }[]

export interface SixElementsProps {
  w: number
  h: number
  /** The service being assessed, e.g. "Youth drop-in"; '' for none. */
  label: string
}

export type SixElementsShape = TLBaseShape<typeof SIX_ELEMENTS_TYPE, SixElementsProps>

export const sixElementsShapeProps: RecordProps<SixElementsShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  label: lineText,
}

export const sixElementsShapeVersions = createShapePropsMigrationIds(SIX_ELEMENTS_TYPE, {
  AddLabel: 1,
})

export const sixElementsShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: sixElementsShapeVersions.AddLabel,
      up: (props: Record<string, unknown>) => {
        props.label = ''
      },
      down: (props: Record<string, unknown>) => {
        delete props.label
      },
    },
  ],
})

export const SIX_ELEMENTS_DEFAULT_SIZE = { w: 1100, h: 900 } as const

/** One participant's answer to each question; null until they answer it. */
export type Ratings = Record<QuestionId, Rating | null>

/**
 * One participant's ratings on one check. Records sync whole (one YKeyValue entry per
 * record, the last writer wins), so each participant's ratings are a record of their
 * own: two people rating at once never overwrite each other. The record is a shape only
 * so that the schema and the validators cover it; it has no size, the canvas never
 * shows it, and its parent is the check, so deleting the check deletes its ratings.
 * Its id is {@link ratingShapeId}; {@link ratingDistribution} ignores ratings stored
 * under any other id.
 */
export interface RatingProps {
  participantId: string
  /** Display name when the rating was last changed; '' if unknown. */
  participantName: string
  ratings: Ratings
}

export type RatingShape = TLBaseShape<typeof RATING_TYPE, RatingProps>

const ratingValidator = T.literalEnum(0, 1, 2, 3, 4).nullable()

export const ratingShapeProps: RecordProps<RatingShape> = {
  participantId: participantIdValidator,
  participantName: lineText,
  ratings: T.object({
    'asset-based': ratingValidator,
    capabilities: ratingValidator,
    mutuality: ratingValidator,
    networks: ratingValidator,
    'blurring-roles': ratingValidator,
    catalysts: ratingValidator,
  }) satisfies T.Validatable<Ratings>,
}

export const ratingShapeVersions = createShapePropsMigrationIds(RATING_TYPE, {
  AddParticipantName: 1,
})

export const ratingShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: ratingShapeVersions.AddParticipantName,
      up: (props: Record<string, unknown>) => {
        props.participantName = ''
      },
      down: (props: Record<string, unknown>) => {
        delete props.participantName
      },
    },
  ],
})

export function emptyRatings(): Ratings {
  return {
    'asset-based': null,
    capabilities: null,
    mutuality: null,
    networks: null,
    'blurring-roles': null,
    catalysts: null,
  }
}

/**
 * The id of `participantId`'s ratings on the check `checkId`. Deterministic, so a
 * participant editing from two tabs writes one record, and never anyone else's.
 */
export function ratingShapeId(checkId: TLShapeId, participantId: string): TLShapeId {
  return `shape:${RATING_TYPE}.${checkId.slice('shape:'.length)}.${participantId}` as TLShapeId
}

/** For each question, how many participants gave 0, 1, 2, 3 and 4 (index = rating). */
export type RatingDistribution = Record<QuestionId, [number, number, number, number, number]>

export interface RatingSummary {
  distribution: RatingDistribution
  /** Participants with at least one answer on this check. */
  raters: number
}

/**
 * Counts the ratings given on check `checkId`: the `cg-rating` shapes whose parent is the
 * check and whose id is their participant's {@link ratingShapeId}. Unanswered questions
 * are not counted.
 */
export function ratingDistribution(records: Iterable<TLRecord>, checkId: TLShapeId): RatingSummary {
  const distribution = Object.fromEntries(
    SIX_ELEMENTS_QUESTIONS.map((q) => [q.id, [0, 0, 0, 0, 0]]),
  ) as RatingDistribution
  let raters = 0
  for (const rating of ratingsOf(records, checkId)) {
    let answered = false
    for (const { id } of SIX_ELEMENTS_QUESTIONS) {
      const value = rating.props.ratings[id]
      if (value === null) continue
      distribution[id][value]++
      answered = true
    }
    if (answered) raters++
  }
  return { distribution, raters }
}

/** The ratings given on check `checkId`, one per participant. */
export function ratingsOf(records: Iterable<TLRecord>, checkId: TLShapeId): RatingShape[] {
  const ratings: RatingShape[] = []
  for (const record of records) {
    if (record.typeName !== 'shape' || record.type !== RATING_TYPE) continue
    const rating = record as unknown as RatingShape
    if (rating.parentId !== checkId) continue
    if (rating.id !== ratingShapeId(checkId, rating.props.participantId)) continue
    ratings.push(rating)
  }
  return ratings
}
