import {
  emptyRatingSummary,
  ratingTotalsShapeMigrations,
  ratingTotalsShapeProps,
  type RatingTotalsShape,
} from '@common-ground/shared'
import { Rectangle2d, ShapeUtil } from 'tldraw'

/**
 * The totals of a six-elements check, written by the server (PROTOCOL.md R42). A record,
 * not a drawing: the canvas hides it and the check draws the totals.
 */
export class RatingTotalsShapeUtil extends ShapeUtil<RatingTotalsShape> {
  static override type = 'cg-rating-totals' as const
  static override props = ratingTotalsShapeProps
  static override migrations = ratingTotalsShapeMigrations

  override getDefaultProps(): RatingTotalsShape['props'] {
    return emptyRatingSummary()
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
