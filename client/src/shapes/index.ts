import { AssetCardShapeUtil } from './AssetCardShapeUtil'
import { GridShapeUtil } from './GridShapeUtil'
import { LadderShapeUtil } from './LadderShapeUtil'
import { PersonShapeUtil } from './PersonShapeUtil'
import { RatingShapeUtil } from './RatingShapeUtil'
import { RatingTotalsShapeUtil } from './RatingTotalsShapeUtil'
import { SixElementsShapeUtil } from './SixElementsShapeUtil'

/** Common Ground's own shapes; the store and <Tldraw> both get this list. */
export const commonGroundShapeUtils = [
  AssetCardShapeUtil,
  PersonShapeUtil,
  GridShapeUtil,
  LadderShapeUtil,
  SixElementsShapeUtil,
  RatingShapeUtil,
  RatingTotalsShapeUtil,
] as const
