import {
  emptyRatingSummary,
  ratingTotalsShapeMigrations,
  ratingTotalsShapeProps,
  type RatingTotalsShape,
} from '@common-ground/shared'
import { HiddenRecordShapeUtil } from './HiddenRecordShapeUtil'

/**
 * The totals of a six-elements check, written by the server (PROTOCOL.md R42). A record,
 * not a drawing: the canvas hides it and the check draws the totals.
 */
export class RatingTotalsShapeUtil extends HiddenRecordShapeUtil<RatingTotalsShape> {
  static override type = 'cg-rating-totals' as const
  static override props = ratingTotalsShapeProps
  static override migrations = ratingTotalsShapeMigrations

  override getDefaultProps(): RatingTotalsShape['props'] {
    return emptyRatingSummary()
  }
}
