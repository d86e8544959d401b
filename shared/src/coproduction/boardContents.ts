import type { TLRecord, TLShape, TLShapeId } from '@tldraw/tlschema'
import { domainWords, type DomainWords } from '../i18n/domainWords.js'
import { ASSET_CARD_TYPE, type AssetCardShape, type AssetKind } from './assetCard.js'
import { deriveConnections, type RelationId } from './connections.js'
import { pageRectOf, type Rect } from './geometry.js'
import { classifyByGrid, GRID_TYPE, type GridCellId } from './grid.js'
import { classifyByLadder, LADDER_TYPE, type LadderRungId } from './ladder.js'
import { PERSON_TYPE, type PersonRole, type PersonShape } from './person.js'

/** Where a card sits on the board's grids and ladders, if anywhere. */
export interface Placement {
  gridCell: GridCellId | null
  ladderRung: LadderRungId | null
}

export interface AssetEntry extends Placement {
  id: TLShapeId
  title: string
  description: string
  kind: AssetKind
  kindLabel: string
  /** The holder's current label when the card names a person still on the board, else the card's text. */
  heldBy: string
  heldByPersonId: TLShapeId | null
  addedBy: string
}

export interface PersonEntry extends Placement {
  id: TLShapeId
  label: string
  takesPartAs: PersonRole
  takesPartAsLabel: string
  organisation: string
  participantId: string | null
}

export interface ConnectionEntry {
  arrowId: TLShapeId
  from: TLShapeId
  to: TLShapeId
  fromLabel: string
  toLabel: string
  relation: RelationId | null
  /** '' when the arrow has no relation yet. */
  relationLabel: string
}

export interface CoproductionContents {
  assets: AssetEntry[]
  people: PersonEntry[]
  connections: ConnectionEntry[]
}

/**
 * What a board holds for analysis: its asset cards, people and connections, each card
 * placed on the first grid cell and ladder rung (in record order) its centre lies in.
 * The exports and the client's structured views both read this. Records must be valid
 * board records (`checkBoardRecord`); order follows `records`. The `...Label` fields of
 * kinds, roles and relations are in the language of `words` (English by default).
 */
export function readCoproduction(
  records: Iterable<TLRecord>,
  words: DomainWords = domainWords('en'),
): CoproductionContents {
  const byId = new Map<string, TLRecord>()
  for (const record of records) byId.set(record.id, record)
  const shapes = [...byId.values()].filter((r): r is TLShape => r.typeName === 'shape')
  const pageRectsOf = (type: string) =>
    shapes
      .filter((shape) => shape.type === type)
      .flatMap((shape) => {
        const rect = pageRectOf(byId, shape.id)
        return rect === null ? [] : [rect]
      })
  const grids = pageRectsOf(GRID_TYPE)
  const ladders = pageRectsOf(LADDER_TYPE)
  const placementOf = (id: TLShapeId): Placement => {
    const card = pageRectOf(byId, id)
    if (card === null) return { gridCell: null, ladderRung: null }
    return {
      gridCell: firstOf(grids, (grid) => classifyByGrid(asShapeLike(grid), card)),
      ladderRung: firstOf(ladders, (ladder) => classifyByLadder(asShapeLike(ladder), card)),
    }
  }

  const people = shapes
    .filter((shape): shape is PersonShape => shape.type === PERSON_TYPE)
    .map((person): PersonEntry => ({
      id: person.id,
      label: person.props.label,
      takesPartAs: person.props.takesPartAs,
      takesPartAsLabel: words.role(person.props.takesPartAs),
      organisation: person.props.organisation,
      participantId: person.props.participantId,
      ...placementOf(person.id),
    }))
  const peopleById = new Map(people.map((person) => [person.id, person]))

  const assets = shapes
    .filter((shape): shape is AssetCardShape => shape.type === ASSET_CARD_TYPE)
    .map((asset): AssetEntry => {
      const holder =
        asset.props.heldByPersonId === null ? undefined : peopleById.get(asset.props.heldByPersonId)
      return {
        id: asset.id,
        title: asset.props.title,
        description: asset.props.description,
        kind: asset.props.kind,
        kindLabel: words.assetKind(asset.props.kind),
        heldBy: holder?.label ?? asset.props.heldBy,
        heldByPersonId: asset.props.heldByPersonId,
        addedBy: asset.props.addedBy,
        ...placementOf(asset.id),
      }
    })
  const assetsById = new Map(assets.map((asset) => [asset.id, asset]))
  const labelOf = (id: TLShapeId) => peopleById.get(id)?.label ?? assetsById.get(id)?.title ?? ''

  const connections = deriveConnections(byId.values()).map((connection): ConnectionEntry => ({
    ...connection,
    fromLabel: labelOf(connection.from),
    toLabel: labelOf(connection.to),
    relationLabel: connection.relation === null ? '' : words.relation(connection.relation),
  }))
  return { assets, people, connections }
}

function asShapeLike(rect: Rect) {
  return { x: rect.x, y: rect.y, props: { w: rect.w, h: rect.h } }
}

function firstOf<T, R>(items: readonly T[], find: (item: T) => R | null): R | null {
  for (const item of items) {
    const found = find(item)
    if (found !== null) return found
  }
  return null
}
