import { createShapeId, toRichText, type Editor, type TLArrowShape, type TLShapeId } from 'tldraw'
import {
  ASSET_CARD_DEFAULT_SIZE,
  PERSON_DEFAULT_SIZE,
  RELATION_META_KEY,
  isRelationWording,
  type AssetKind,
  type PersonRole,
  type RelationId,
} from '@common-ground/shared'
import { freeSlotAt, occupiedRects } from '../shapes/areaPlacement'

export interface AssetFields {
  title: string
  description: string
  kind: AssetKind
  heldBy: string
}

export interface PersonFields {
  label: string
  takesPartAs: PersonRole
  organisation: string
}

/**
 * A free slot in what this person is looking at: inside the grid cell, ladder rung or
 * frame at the middle of their view if there is one (SPEC 31), else nearest that middle.
 */
export function freeSlotInView(editor: Editor, size: { w: number; h: number }) {
  return freeSlotAt(editor, editor.getViewportPageBounds().center, size)
}

/**
 * A card grows to its words (cardLayout.ts), so one placed in a slot that fits its default
 * size may, once drawn, cover the card below. Such a card moves to a slot that fits the
 * size it has.
 */
function settleGrown(editor: Editor, id: TLShapeId, placed: { w: number; h: number }) {
  const bounds = editor.getShapePageBounds(id)
  const shape = editor.getShape(id)
  if (!bounds || !shape || bounds.h <= placed.h + 0.5) return
  const overlaps = occupiedRects(editor, id).some(
    (r) => r.x < bounds.maxX && bounds.x < r.x + r.w && r.y < bounds.maxY && bounds.y < r.y + r.h,
  )
  if (!overlaps) return
  const at = freeSlotAt(
    editor,
    editor.getViewportPageBounds().center,
    { w: bounds.w, h: bounds.h },
    id,
  )
  editor.updateShape({ id, type: shape.type, ...at })
}

/** Brings a new shape into view and selects it, so it is seen on the canvas too. */
function reveal(editor: Editor, id: TLShapeId) {
  const bounds = editor.getShapePageBounds(id)
  if (bounds && !editor.getViewportPageBounds().contains(bounds)) {
    editor.centerOnPoint(bounds.center, { animation: { duration: 200 } })
  }
}

export function createAsset(editor: Editor, fields: AssetFields, addedBy: string): TLShapeId {
  const id = createShapeId()
  const at = freeSlotInView(editor, ASSET_CARD_DEFAULT_SIZE)
  editor.createShape({
    id,
    type: 'cg-asset',
    ...at,
    props: { ...ASSET_CARD_DEFAULT_SIZE, ...fields, heldByPersonId: null, addedBy },
  })
  settleGrown(editor, id, ASSET_CARD_DEFAULT_SIZE)
  reveal(editor, id)
  return id
}

export function updateAsset(editor: Editor, id: TLShapeId, fields: Partial<AssetFields>) {
  editor.updateShape({ id, type: 'cg-asset', props: fields })
}

export function createPerson(
  editor: Editor,
  fields: PersonFields,
  participantId: string | null = null,
): TLShapeId {
  const id = createShapeId()
  const at = freeSlotInView(editor, PERSON_DEFAULT_SIZE)
  editor.createShape({
    id,
    type: 'cg-person',
    ...at,
    props: { ...PERSON_DEFAULT_SIZE, ...fields, participantId },
  })
  settleGrown(editor, id, PERSON_DEFAULT_SIZE)
  reveal(editor, id)
  return id
}

export function updatePerson(editor: Editor, id: TLShapeId, fields: Partial<PersonFields>) {
  editor.updateShape({ id, type: 'cg-person', props: fields })
}

/** The person card this participant added for themselves, if any. */
export function ownPersonCard(editor: Editor, participantId: string): TLShapeId | null {
  const found = editor
    .getCurrentPageShapes()
    .find((shape) => shape.type === 'cg-person' && shape.props.participantId === participantId)
  return found?.id ?? null
}

/**
 * An arrow from one card to another, bound at both ends (so it follows them when they
 * move), labelled with the relation's words and carrying its id in `meta.relation`.
 */
export function createConnection(
  editor: Editor,
  fromId: TLShapeId,
  toId: TLShapeId,
  relation: RelationId,
): TLShapeId {
  const id = createShapeId()
  const from = editor.getShapePageBounds(fromId)
  const to = editor.getShapePageBounds(toId)
  if (!from || !to) throw new Error('Both ends of a connection must be on the page')
  editor.run(() => {
    editor.createShape<TLArrowShape>({
      id,
      type: 'arrow',
      x: from.center.x,
      y: from.center.y,
      meta: { [RELATION_META_KEY]: relation },
      props: {
        start: { x: 0, y: 0 },
        end: { x: to.center.x - from.center.x, y: to.center.y - from.center.y },
      },
    })
    editor.createBindings(
      (['start', 'end'] as const).map((terminal) => ({
        type: 'arrow' as const,
        fromId: id,
        toId: terminal === 'start' ? fromId : toId,
        props: {
          terminal,
          normalizedAnchor: { x: 0.5, y: 0.5 },
          isExact: false,
          isPrecise: false,
          snap: 'none' as const,
        },
      })),
    )
  })
  return id
}

/**
 * Sets an arrow's relation: its id in `meta.relation`, which the canvas draws in each
 * reader's language (RelationArrowShapeUtil). Text someone typed on the arrow stays; an
 * older board's label that only named the previous relation is emptied, or it would show
 * instead of the new relation.
 */
export function setRelation(editor: Editor, arrowId: TLShapeId, relation: RelationId) {
  const arrow = editor.getShape<TLArrowShape>(arrowId)
  if (!arrow) return
  const oldLabel = isRelationWording(arrow.meta[RELATION_META_KEY], arrow.props.richText)
  editor.updateShape<TLArrowShape>({
    id: arrowId,
    type: 'arrow',
    meta: { ...arrow.meta, [RELATION_META_KEY]: relation },
    ...(oldLabel ? { props: { richText: toRichText('') } } : {}),
  })
}

export function deleteShape(editor: Editor, id: TLShapeId) {
  editor.deleteShape(id)
}
