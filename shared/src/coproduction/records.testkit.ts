import type { TLArrowBinding, TLParentId, TLRecord, TLShapeId } from '@tldraw/tlschema'
import { toRichText } from '@tldraw/tlschema'
import { shapeRecord } from '../templates/shapeRecords.js'
import { ASSET_CARD_TYPE } from './assetCard.js'
import { PERSON_TYPE } from './person.js'

/** Valid board records for tests, named so that a test reads like the board it builds. */
export const id = (name: string) => `shape:${name}` as TLShapeId
export const place = (name: string, x = 0, y = 0) => ({
  id: id(name),
  parentId: 'page:page' as TLParentId,
  index: 'a1' as never,
  x,
  y,
})

export function person(name: string, x = 0, y = 0): TLRecord {
  return shapeRecord(place(name, x, y), PERSON_TYPE, {
    w: 180,
    h: 110,
    label: name,
    takesPartAs: 'community',
    organisation: '',
    participantId: null,
  })
}

export function asset(name: string, x = 0, y = 0): TLRecord {
  return shapeRecord(place(name, x, y), ASSET_CARD_TYPE, {
    w: 220,
    h: 140,
    title: name,
    description: '',
    kind: 'place',
    heldBy: '',
    heldByPersonId: null,
    addedBy: '',
  })
}

export function arrow(name: string, relation?: string): TLRecord {
  const shape = shapeRecord(place(name), 'arrow', {
    kind: 'arc',
    labelColor: 'black',
    color: 'black',
    fill: 'none',
    dash: 'draw',
    size: 'm',
    arrowheadStart: 'none',
    arrowheadEnd: 'arrow',
    font: 'draw',
    start: { x: 0, y: 0 },
    end: { x: 100, y: 0 },
    bend: 0,
    richText: toRichText(relation ?? ''),
    labelPosition: 0.5,
    scale: 1,
    elbowMidPoint: 0.5,
  })
  return relation === undefined ? shape : { ...shape, meta: { relation } }
}

export function binding(arrowName: string, terminal: 'start' | 'end', to: string): TLRecord {
  return {
    id: `binding:${arrowName}-${terminal}`,
    typeName: 'binding',
    type: 'arrow',
    fromId: id(arrowName),
    toId: id(to),
    meta: {},
    props: {
      terminal,
      normalizedAnchor: { x: 0.5, y: 0.5 },
      isExact: false,
      isPrecise: false,
      snap: 'none',
    },
  } as TLArrowBinding
}
