import {
  b64Vecs,
  toRichText,
  type TLDefaultColorStyle,
  type TLDrawShape,
  type TLGeoShape,
  type TLParentId,
  type TLShape,
  type TLShapeId,
  type TLTextShape,
  type TLFrameShape,
} from '@tldraw/tlschema'

type IndexKey = TLShape['index']

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/**
 * The `n`th fractional index key among siblings, from `a1` up: tldraw's keys with a
 * one-digit integer part, which is plenty for a template (61 siblings).
 */
export function siblingIndex(n: number): IndexKey {
  const digit = BASE62[n + 1]
  if (digit === undefined) throw new Error(`a template parent holds at most 61 shapes`)
  return `a${digit}` as IndexKey
}

/** Where a shape goes: its id, parent, place among its siblings and position in the parent. */
export interface Placed {
  id: TLShapeId
  parentId: TLParentId
  index: IndexKey
  x: number
  y: number
}

/** A complete, unrotated, opaque shape record. */
export function shapeRecord<S extends TLShape>(
  placed: Placed,
  type: S['type'],
  props: S['props'],
  isLocked = false,
): S {
  return {
    ...placed,
    typeName: 'shape',
    type,
    rotation: 0,
    isLocked,
    opacity: 1,
    meta: {},
    props,
  } as S
}

/** A shape as every template writes it: locked, so a stray drag does not move it. */
export function lockedShape<S extends TLShape>(
  placed: Placed,
  type: S['type'],
  props: S['props'],
): S {
  return shapeRecord(placed, type, props, true)
}

export function frameShape(placed: Placed, w: number, h: number, name: string): TLFrameShape {
  return lockedShape<TLFrameShape>(placed, 'frame', { w, h, name, color: 'black' })
}

/** Wrapped text of width `w`, in tldraw's plain (sans) font. */
export function textShape(
  placed: Placed,
  w: number,
  text: string,
  {
    size = 'm',
    textAlign = 'start',
  }: Partial<Pick<TLTextShape['props'], 'size' | 'textAlign'>> = {},
): TLTextShape {
  return lockedShape<TLTextShape>(placed, 'text', {
    color: 'black',
    size,
    font: 'sans',
    textAlign,
    w,
    richText: toRichText(text),
    scale: 1,
    autoSize: false,
  })
}

/** tldraw's geo props as a new rectangle has them, with no label. */
export const GEO_SHAPE_DEFAULT_PROPS: TLGeoShape['props'] = {
  w: 100,
  h: 100,
  geo: 'rectangle',
  dash: 'draw',
  growY: 0,
  url: '',
  scale: 1,
  flipX: false,
  flipY: false,
  color: 'black',
  labelColor: 'black',
  fill: 'none',
  size: 'm',
  font: 'draw',
  align: 'middle',
  verticalAlign: 'middle',
  richText: toRichText(''),
}

/** A complete geo shape record: the default rectangle with `props` laid over it. */
export function geoShapeRecord(
  placed: Placed,
  props: Partial<TLGeoShape['props']> = {},
  isLocked = false,
): TLGeoShape {
  return shapeRecord<TLGeoShape>(placed, 'geo', { ...GEO_SHAPE_DEFAULT_PROPS, ...props }, isLocked)
}

export function ellipseShape(
  placed: Placed,
  w: number,
  h: number,
  color: TLDefaultColorStyle,
): TLGeoShape {
  return geoShapeRecord(
    placed,
    { w, h, geo: 'ellipse', dash: 'dashed', color, size: 's', font: 'sans' },
    true,
  )
}

/**
 * A freehand stroke through `points` as the draw tool leaves it: one free segment, black,
 * medium, `isComplete` once the pen lifts.
 */
export function drawShapeRecord(
  placed: Placed,
  points: readonly { x: number; y: number; z: number }[],
  isComplete: boolean,
): TLDrawShape {
  return shapeRecord<TLDrawShape>(placed, 'draw', {
    color: 'black',
    fill: 'none',
    dash: 'draw',
    size: 'm',
    segments: [{ type: 'free', path: b64Vecs.encodePoints([...points]) }],
    isComplete,
    isClosed: false,
    isPen: false,
    scale: 1,
    scaleX: 1,
    scaleY: 1,
  })
}
