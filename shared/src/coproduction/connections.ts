import type { TLArrowBinding, TLRecord, TLShape, TLShapeId } from '@tldraw/tlschema'
import { ASSET_CARD_TYPE } from './assetCard.js'
import { PERSON_TYPE } from './person.js'

/**
 * How two people or assets are connected (DOMAIN.md "Networks"). A connection is
 * tldraw's own arrow, bound at both ends to a person or an asset card; its relation is
 * stored as an id in the arrow's `meta.relation`, never as words, and each reader sees
 * the domain word `relation.<id>` in their own language (the client draws it on the
 * arrow). Arrows not bound at both ends stay ordinary drawings.
 */
export const RELATIONS = [
  { id: 'knows' },
  { id: 'supports' },
  { id: 'refers-to' },
  { id: 'funds' },
  { id: 'co-delivers-with' },
  { id: 'learns-from' },
] as const

export type RelationId = (typeof RELATIONS)[number]['id']

/** The `meta` key of an arrow that holds its relation id. */
export const RELATION_META_KEY = 'relation'

export function isRelationId(value: unknown): value is RelationId {
  return RELATIONS.some((relation) => relation.id === value)
}

/** Shape types a connection may join. */
export const CONNECTABLE_TYPES: readonly string[] = [PERSON_TYPE, ASSET_CARD_TYPE]

export interface NetworkConnection {
  arrowId: TLShapeId
  /** The shape at the arrow's start. */
  from: TLShapeId
  /** The shape at the arrow's end. */
  to: TLShapeId
  /** Null when the arrow carries no (known) relation yet. */
  relation: RelationId | null
}

/**
 * The connections among `records`: every arrow shape with one arrow binding at its start
 * and one at its end, both to a person or asset card present in `records`. The result
 * follows the order of the arrows in `records`.
 */
export function deriveConnections(records: Iterable<TLRecord>): NetworkConnection[] {
  const shapes = new Map<string, TLShape>()
  const ends = new Map<string, { start?: TLShapeId; end?: TLShapeId }>()
  for (const record of records) {
    if (record.typeName === 'shape') shapes.set(record.id, record)
    else if (record.typeName === 'binding' && record.type === 'arrow') {
      const binding = record as TLArrowBinding
      const arrowEnds = ends.get(binding.fromId) ?? {}
      arrowEnds[binding.props.terminal] = binding.toId
      ends.set(binding.fromId, arrowEnds)
    }
  }
  const connections: NetworkConnection[] = []
  const connectable = (id: TLShapeId | undefined): id is TLShapeId => {
    const shape = id === undefined ? undefined : shapes.get(id)
    return shape !== undefined && CONNECTABLE_TYPES.includes(shape.type)
  }
  for (const shape of shapes.values()) {
    if (shape.type !== 'arrow') continue
    const { start, end } = ends.get(shape.id) ?? {}
    if (!connectable(start) || !connectable(end)) continue
    const relation = shape.meta[RELATION_META_KEY]
    connections.push({
      arrowId: shape.id,
      from: start,
      to: end,
      relation: isRelationId(relation) ? relation : null,
    })
  }
  return connections
}
