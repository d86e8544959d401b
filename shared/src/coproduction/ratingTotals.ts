import {
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
  type TLRecord,
  type TLShapeId,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import {
  SIX_ELEMENTS_QUESTIONS,
  type QuestionId,
  type RatingDistribution,
  type RatingSummary,
} from './sixElements.js'

/**
 * The totals of a six-elements check: how many people gave each answer to each
 * question, and how many people have rated. Written by the server only (PROTOCOL.md
 * R38, R42): individual answers are secrets it keeps outside the board, and this record
 * is all of them anyone may see. A child of its check, so it goes when the check goes;
 * the canvas never draws it.
 */
export const RATING_TOTALS_TYPE = 'cg-rating-totals'

export type RatingTotalsProps = RatingSummary

export type RatingTotalsShape = TLBaseShape<typeof RATING_TOTALS_TYPE, RatingTotalsProps>

const count = T.number.check((value) => {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Not a count: ${value}`)
})
const counts = T.arrayOf(count).check((value) => {
  if (value.length !== 5) throw new Error(`Expected 5 counts, got ${value.length}`)
}) as unknown as T.Validator<[number, number, number, number, number]>

export const ratingTotalsShapeProps: RecordProps<RatingTotalsShape> = {
  distribution: T.object(
    Object.fromEntries(SIX_ELEMENTS_QUESTIONS.map((q) => [q.id, counts])) as Record<
      QuestionId,
      typeof counts
    >,
  ) as unknown as T.Validator<RatingDistribution>,
  raters: count,
}

export const ratingTotalsShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })

/** The one totals record of check `checkId`. */
export function ratingTotalsShapeId(checkId: TLShapeId): TLShapeId {
  return `shape:${RATING_TOTALS_TYPE}.${checkId.slice('shape:'.length)}` as TLShapeId
}

export function emptyRatingSummary(): RatingSummary {
  const distribution = Object.fromEntries(
    SIX_ELEMENTS_QUESTIONS.map((q) => [q.id, [0, 0, 0, 0, 0]]),
  ) as RatingDistribution
  return { distribution, raters: 0 }
}

/** The totals of check `checkId` as the board holds them; nobody has rated without one. */
export function ratingTotalsOf(records: Iterable<TLRecord>, checkId: TLShapeId): RatingSummary {
  const id = ratingTotalsShapeId(checkId)
  for (const record of records) {
    if (record.id !== id || record.typeName !== 'shape' || record.type !== RATING_TOTALS_TYPE) {
      continue
    }
    const { distribution, raters } = (record as unknown as RatingTotalsShape).props
    return { distribution, raters }
  }
  return emptyRatingSummary()
}
