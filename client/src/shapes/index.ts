import { AssetCardShapeUtil } from './AssetCardShapeUtil'
import { GridShapeUtil } from './GridShapeUtil'
import { LadderShapeUtil } from './LadderShapeUtil'
import { PersonShapeUtil } from './PersonShapeUtil'
import { RatingShapeUtil } from './RatingShapeUtil'
import { RatingTotalsShapeUtil } from './RatingTotalsShapeUtil'
import { RelationArrowShapeUtil } from './RelationArrowShapeUtil'
import { SessionShapeUtil } from './SessionShapeUtil'
import { SixElementsShapeUtil } from './SixElementsShapeUtil'
import {
  PrivateFrameShapeUtil,
  VoiceBalanceShapeUtil,
  VoteShapeUtil,
} from './SessionRecordShapeUtils'

/** Common Ground's own shapes; the store and <Tldraw> both get this list. */
export const commonGroundShapeUtils = [
  AssetCardShapeUtil,
  PersonShapeUtil,
  GridShapeUtil,
  LadderShapeUtil,
  SixElementsShapeUtil,
  RatingShapeUtil,
  RatingTotalsShapeUtil,
  SessionShapeUtil,
  VoteShapeUtil,
  PrivateFrameShapeUtil,
  VoiceBalanceShapeUtil,
] as const

/**
 * What the canvas (<Tldraw>) draws with: our shapes, and tldraw's arrow drawing each
 * connection's relation in the reader's language. The store keeps tldraw's own arrow
 * util: both have the same props and migrations, so the schema is the same.
 */
export const canvasShapeUtils = [...commonGroundShapeUtils, RelationArrowShapeUtil] as const
