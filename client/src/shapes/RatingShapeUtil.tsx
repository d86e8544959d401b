import {
  emptyRatings,
  ratingShapeMigrations,
  ratingShapeProps,
  type RatingShape,
} from '@common-ground/shared'
import { HiddenRecordShapeUtil } from './HiddenRecordShapeUtil'

/**
 * One participant's answers to a six-elements check. A record, not a drawing: the
 * canvas hides it (`getShapeVisibility` in BoardCanvas) and the check shows the totals.
 */
export class RatingShapeUtil extends HiddenRecordShapeUtil<RatingShape> {
  static override type = 'cg-rating' as const
  static override props = ratingShapeProps
  static override migrations = ratingShapeMigrations

  override getDefaultProps(): RatingShape['props'] {
    return { participantId: '', participantName: '', ratings: emptyRatings() }
  }
}
