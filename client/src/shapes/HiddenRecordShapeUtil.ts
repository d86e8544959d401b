import { Rectangle2d, ShapeUtil, type TLShape } from 'tldraw'

/**
 * A shape that is a record, not a drawing: it exists so the schema and the validators
 * cover it (ratings, their totals), and the canvas never draws, sizes, snaps to or shows
 * it in the minimap.
 */
export abstract class HiddenRecordShapeUtil<Shape extends TLShape> extends ShapeUtil<Shape> {
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
