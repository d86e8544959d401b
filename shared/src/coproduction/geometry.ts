import type { TLRecord, TLShape, TLShapeId } from '@tldraw/tlschema'

/** An axis-aligned rectangle. */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export interface Point {
  x: number
  y: number
}

export function rectCenter(rect: Rect): Point {
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 }
}

/** Inclusive of the top and left edges, exclusive of the bottom and right ones. */
export function rectContains(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x && point.x < rect.x + rect.w && point.y >= rect.y && point.y < rect.y + rect.h
  )
}

/**
 * The page-space rectangle of a shape with `w` and `h` props, found by adding the
 * positions of its parents (frames, groups). Rotation is ignored: shapes the classifiers
 * read (cards, grids, ladders) are unrotated in practice, and templates lock theirs; a
 * rotated shape counts as its unrotated box at the same position. Null when the shape or
 * one of its parents is missing, or the shape has no size.
 */
export function pageRectOf(records: ReadonlyMap<string, TLRecord>, id: TLShapeId): Rect | null {
  const shape = records.get(id)
  if (!isShape(shape)) return null
  const { w, h } = shape.props as { w?: unknown; h?: unknown }
  if (typeof w !== 'number' || typeof h !== 'number') return null
  const origin = pageOriginOf(records, shape)
  return origin === null ? null : { x: origin.x, y: origin.y, w, h }
}

function pageOriginOf(records: ReadonlyMap<string, TLRecord>, shape: TLShape): Point | null {
  let x = shape.x
  let y = shape.y
  let parentId: string = shape.parentId
  // A parent chain longer than the board is a cycle; tldraw never writes one.
  for (let depth = 0; depth <= records.size; depth++) {
    if (parentId.startsWith('page:')) return { x, y }
    const parent = records.get(parentId)
    if (!isShape(parent)) return null
    x += parent.x
    y += parent.y
    parentId = parent.parentId
  }
  return null
}

export function isShape(record: TLRecord | undefined): record is TLShape {
  return record?.typeName === 'shape'
}
