import {
  emptyRatings,
  ratingShapeMigrations,
  ratingShapeProps,
  type RatingShape,
} from '@common-ground/shared'
import { Rectangle2d, ShapeUtil } from 'tldraw'

/**
 * One participant's answers to a six-elements check. A record, not a drawing: the
 * canvas hides it (`getShapeVisibility` in BoardCanvas) and the check shows the totals.
 */
export class RatingShapeUtil extends ShapeUtil<RatingShape> {
  static override type = 'cg-rating' as const
  static override props = ratingShapeProps
  static override migrations = ratingShapeMigrations

  override getDefaultProps(): RatingShape['props'] {
    return { participantId: '', participantName: '', ratings: emptyRatings() }
  }

  override getGeometry() {
    return new Rectangle2d({ width: 1, height: 1, isFilled: false })
  }

  override canResize() {
    return false
  }

  override canSnap() {
    return false
  }

  override hideInMinimap() {
    return true
  }

  override component() {
    return null
  }

  override getIndicatorPath() {
    return undefined
  }
}
