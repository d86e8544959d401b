import type { SchemaPropsInfo } from '@tldraw/tlschema'
import {
  ASSET_CARD_TYPE,
  assetCardShapeMigrations,
  assetCardShapeProps,
  type AssetCardProps,
} from './assetCard.js'
import { GRID_TYPE, gridShapeMigrations, gridShapeProps, type GridProps } from './grid.js'
import { LADDER_TYPE, ladderShapeMigrations, ladderShapeProps, type LadderProps } from './ladder.js'
import { PERSON_TYPE, personShapeMigrations, personShapeProps, type PersonProps } from './person.js'
import {
  RATING_TOTALS_TYPE,
  ratingTotalsShapeMigrations,
  ratingTotalsShapeProps,
  type RatingTotalsProps,
} from './ratingTotals.js'
import {
  RATING_TYPE,
  ratingShapeMigrations,
  ratingShapeProps,
  SIX_ELEMENTS_TYPE,
  sixElementsShapeMigrations,
  sixElementsShapeProps,
  type RatingProps,
  type SixElementsProps,
} from './sixElements.js'
import {
  SESSION_TYPE,
  sessionShapeMigrations,
  sessionShapeProps,
  type SessionProps,
} from '../session/sessionRecord.js'
import { VOTE_TYPE, voteShapeMigrations, voteShapeProps, type VoteProps } from './vote.js'
import {
  PRIVATE_FRAME_TYPE,
  privateFrameShapeMigrations,
  privateFrameShapeProps,
  type PrivateFrameProps,
} from './privateFrame.js'
import {
  VOICE_BALANCE_TYPE,
  voiceBalanceShapeMigrations,
  voiceBalanceShapeProps,
  type VoiceBalanceProps,
} from './voiceBalance.js'

// tldraw 4+ learns about custom shapes through this augmentation: `TLShape` (and so
// `TLRecord`, `editor.createShape`, `TLShape<'cg-asset'>`) then includes them. The
// `tldraw` package re-exports the same interface, so the client sees it too.
declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [ASSET_CARD_TYPE]: AssetCardProps
    [PERSON_TYPE]: PersonProps
    [GRID_TYPE]: GridProps
    [LADDER_TYPE]: LadderProps
    [SIX_ELEMENTS_TYPE]: SixElementsProps
    [RATING_TYPE]: RatingProps
    [RATING_TOTALS_TYPE]: RatingTotalsProps
    [SESSION_TYPE]: SessionProps
    [VOTE_TYPE]: VoteProps
    [PRIVATE_FRAME_TYPE]: PrivateFrameProps
    [VOICE_BALANCE_TYPE]: VoiceBalanceProps
  }
}

/** Every Common Ground shape's props validators and migrations, by shape type. */
export const coproductionShapeSchemas = {
  [ASSET_CARD_TYPE]: { props: assetCardShapeProps, migrations: assetCardShapeMigrations },
  [PERSON_TYPE]: { props: personShapeProps, migrations: personShapeMigrations },
  [GRID_TYPE]: { props: gridShapeProps, migrations: gridShapeMigrations },
  [LADDER_TYPE]: { props: ladderShapeProps, migrations: ladderShapeMigrations },
  [SIX_ELEMENTS_TYPE]: { props: sixElementsShapeProps, migrations: sixElementsShapeMigrations },
  [RATING_TYPE]: { props: ratingShapeProps, migrations: ratingShapeMigrations },
  [RATING_TOTALS_TYPE]: { props: ratingTotalsShapeProps, migrations: ratingTotalsShapeMigrations },
  [SESSION_TYPE]: { props: sessionShapeProps, migrations: sessionShapeMigrations },
  [VOTE_TYPE]: { props: voteShapeProps, migrations: voteShapeMigrations },
  [PRIVATE_FRAME_TYPE]: { props: privateFrameShapeProps, migrations: privateFrameShapeMigrations },
  [VOICE_BALANCE_TYPE]: { props: voiceBalanceShapeProps, migrations: voiceBalanceShapeMigrations },
} as const satisfies Record<string, SchemaPropsInfo>

export type CoproductionShapeType = keyof typeof coproductionShapeSchemas
