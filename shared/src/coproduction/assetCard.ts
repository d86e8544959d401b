import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  shapeIdValidator,
  type RecordProps,
  type TLBaseShape,
  type TLDefaultColorStyle,
  type TLShapeId,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { descriptionText, lineText } from './text.js'

export const ASSET_CARD_TYPE = 'cg-asset'

/**
 * The kinds of asset people map (DOMAIN.md "What people map"), in the order a legend
 * lists them. `color` is a tldraw colour name and `icon` a symbol the card shows before
 * its kind; both are data so that the canvas, the legend and exports agree. A kind's
 * name is the domain word `assetKind.<id>`, in the reader's language.
 */
export const ASSET_KINDS = [
  { id: 'skill', color: 'blue', icon: '🛠️' },
  { id: 'time', color: 'orange', icon: '⏱️' },
  { id: 'knowledge', color: 'violet', icon: '📚' },
  { id: 'lived-experience', color: 'light-red', icon: '💬' },
  { id: 'place', color: 'green', icon: '📍' },
  { id: 'organisation', color: 'grey', icon: '🏢' },
  { id: 'resource', color: 'yellow', icon: '📦' },
  { id: 'relationship', color: 'light-violet', icon: '🤝' },
] as const satisfies readonly {
  id: string
  color: TLDefaultColorStyle
  icon: string
}[]

export type AssetKind = (typeof ASSET_KINDS)[number]['id']
export type AssetKindInfo = (typeof ASSET_KINDS)[number]

export function assetKindInfo(kind: AssetKind): AssetKindInfo {
  return ASSET_KINDS.find((info) => info.id === kind)!
}

export interface AssetCardProps {
  w: number
  h: number
  title: string
  /** '' when there is none. */
  description: string
  kind: AssetKind
  /**
   * Who holds the asset, as text. When `heldByPersonId` names a person shape, this keeps
   * that person's label as it was when chosen, so the card still reads well if the
   * person is deleted; readers should prefer the person's current label.
   */
  heldBy: string
  /** A `cg-person` shape on the board that holds the asset, or null. */
  heldByPersonId: TLShapeId | null
  /** Display name of the participant who added the card ('' if unknown): "who added it". */
  addedBy: string
}

export type AssetCardShape = TLBaseShape<typeof ASSET_CARD_TYPE, AssetCardProps>

export const assetCardShapeProps: RecordProps<AssetCardShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  title: lineText,
  description: descriptionText,
  kind: T.literalEnum(...ASSET_KINDS.map((kind) => kind.id)),
  heldBy: lineText,
  heldByPersonId: shapeIdValidator.nullable(),
  addedBy: lineText,
}

export const assetCardShapeVersions = createShapePropsMigrationIds(ASSET_CARD_TYPE, {
  AddAddedBy: 1,
})

/** Version 0 cards had no `addedBy`; they get '' ("not known"). */
export const assetCardShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: assetCardShapeVersions.AddAddedBy,
      up: (props: Record<string, unknown>) => {
        props.addedBy = ''
      },
      down: (props: Record<string, unknown>) => {
        delete props.addedBy
      },
    },
  ],
})

export const ASSET_CARD_DEFAULT_SIZE = { w: 220, h: 140 } as const
