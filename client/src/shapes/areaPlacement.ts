import type { Editor, TLShape } from 'tldraw'
import {
  GRID_TYPE,
  gridLayout,
  LADDER_TYPE,
  ladderLayout,
  type GridCellId,
  type LadderRungId,
} from '@common-ground/shared'
import { nextFreeSlot, overlaps, SLOT_GAP, type Rect } from '../views/layout'
import { isHiddenRecord } from './hiddenRecords'

/**
 * Where a new or moved card goes (SPEC 31): inside the activity a person is looking at
 * (a grid cell, a ladder rung, a frame), in a free spot, never outside it. Frames,
 * grids and ladders are places to put cards in, not obstacles; everything else is.
 */

/** Shapes a card may be put on: areas, not obstacles. */
const AREA_TYPES: ReadonlySet<string> = new Set(['frame', GRID_TYPE, LADDER_TYPE])

type Size = { w: number; h: number }
type Point = { x: number; y: number }

/** A place on the page a card can be put in. */
export type Area =
  | { kind: 'cell'; cell: GridCellId; rect: Rect }
  | { kind: 'rung'; rung: LadderRungId; rect: Rect }
  | { kind: 'frame'; rect: Rect }

/**
 * The top-left corner of a free `size` slot inside `area`: slots lie on a lattice from
 * the area's top-left corner, reading order; when none is free (or the card is bigger
 * than the area) the card's centre still lies in the area, so it counts as placed there.
 */
export function freeSlotInArea(area: Rect, size: Size, occupied: readonly Rect[]): Point {
  const stepX = size.w + SLOT_GAP
  const stepY = size.h + SLOT_GAP
  const columns = Math.max(1, Math.floor((area.w - SLOT_GAP) / stepX))
  const rows = Math.max(1, Math.floor((area.h - SLOT_GAP) / stepY))
  const left = area.x + Math.max(0, (area.w - columns * stepX + SLOT_GAP) / 2)
  const top = area.y + Math.max(0, (area.h - rows * stepY + SLOT_GAP) / 2)
  const fits = size.w <= area.w && size.h <= area.h
  for (let row = 0; row < rows && fits; row++) {
    for (let column = 0; column < columns; column++) {
      const slot = { x: Math.round(left + column * stepX), y: Math.round(top + row * stepY) }
      if (!occupied.some((rect) => overlaps({ ...slot, ...size }, rect, SLOT_GAP / 2))) return slot
    }
  }
  // Full: on top of the others, a little further each time, centre still inside.
  const crowd = occupied.filter((rect) => overlaps(rect, area)).length
  const shift = (crowd % 5) * Math.min(12, area.h / 10)
  return {
    x: Math.round(area.x + area.w / 2 - size.w / 2 + shift),
    y: Math.round(area.y + area.h / 2 - size.h / 2 + shift),
  }
}

/** The innermost area at `point`: a grid cell or ladder rung before the frame around it. */
export function areaAt(editor: Editor, point: Point): Area | null {
  let frame: Area | null = null
  // Topmost first, so a grid drawn over a frame wins.
  const shapes = [...editor.getCurrentPageShapesSorted()].reverse()
  for (const shape of shapes) {
    const bounds = editor.getShapePageBounds(shape.id)
    if (!bounds || !bounds.containsPoint(point)) continue
    const local = { x: point.x - bounds.x, y: point.y - bounds.y }
    if (shape.type === GRID_TYPE) {
      const cell = gridLayout(sizeOf(shape)).cells.find(({ rect }) => inside(rect, local))
      if (cell) return { kind: 'cell', cell: cell.cell.id, rect: offset(cell.rect, bounds) }
    } else if (shape.type === LADDER_TYPE) {
      const rung = ladderLayout(sizeOf(shape)).rungs.find(
        ({ rect }) => local.y >= rect.y && local.y < rect.y + rect.h,
      )
      if (rung) return { kind: 'rung', rung: rung.rung.id, rect: offset(rung.rect, bounds) }
    } else if (shape.type === 'frame' && frame === null) {
      frame = { kind: 'frame', rect: { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h } }
    }
  }
  return frame
}

/** The area of grid cell `cell` or ladder rung `rung` on the first grid or ladder of the page. */
export function areaOf(
  editor: Editor,
  target: { cell: GridCellId } | { rung: LadderRungId },
): Area | null {
  for (const shape of editor.getCurrentPageShapesSorted()) {
    const bounds = editor.getShapePageBounds(shape.id)
    if (!bounds) continue
    if ('cell' in target && shape.type === GRID_TYPE) {
      const found = gridLayout(sizeOf(shape)).cells.find(({ cell }) => cell.id === target.cell)
      if (found) return { kind: 'cell', cell: target.cell, rect: offset(found.rect, bounds) }
    }
    if ('rung' in target && shape.type === LADDER_TYPE) {
      const found = ladderLayout(sizeOf(shape)).rungs.find(({ rung }) => rung.id === target.rung)
      if (found) return { kind: 'rung', rung: target.rung, rect: offset(found.rect, bounds) }
    }
  }
  return null
}

/** Every obstacle on the page, but `except` (a card being moved). */
export function occupiedRects(editor: Editor, except?: string): Rect[] {
  const rects: Rect[] = []
  for (const shape of editor.getCurrentPageShapes()) {
    if (shape.id === except || isHiddenRecord(shape) || shape.type === 'arrow') continue
    if (AREA_TYPES.has(shape.type)) continue
    const bounds = editor.getShapePageBounds(shape.id)
    if (bounds) rects.push({ x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h })
  }
  return rects
}

/**
 * A free slot for a card seen at `point`: in the area there, else nearest the point.
 * `except` is a card being placed again, which is no obstacle to itself.
 */
export function freeSlotAt(editor: Editor, point: Point, size: Size, except?: string): Point {
  const occupied = occupiedRects(editor, except)
  const area = areaAt(editor, point)
  if (area === null) return nextFreeSlot(point, size, occupied)
  // A frame's instructions are text shapes in it, so they are obstacles like cards.
  const inner = inset(area)
  const roomy = inner.w >= size.w && inner.h >= size.h
  return freeSlotInArea(roomy ? inner : area.rect, size, occupied)
}

/** Cells and rungs are filled to their edges less a margin; a frame less its padding. */
function inset({ kind, rect }: Area): Rect {
  const margin = kind === 'frame' ? SLOT_GAP * 2 : SLOT_GAP / 2
  return {
    x: rect.x + margin,
    y: rect.y + margin,
    w: Math.max(1, rect.w - 2 * margin),
    h: Math.max(1, rect.h - 2 * margin),
  }
}

function sizeOf(shape: TLShape): Size {
  const props = shape.props as Partial<Size>
  return { w: props.w ?? 0, h: props.h ?? 0 }
}

function inside(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x && point.x < rect.x + rect.w && point.y >= rect.y && point.y < rect.y + rect.h
  )
}

function offset(rect: Rect, by: Point): Rect {
  return { x: rect.x + by.x, y: rect.y + by.y, w: rect.w, h: rect.h }
}
