import type { TLRecord, TLShape, TLShapeId } from '@tldraw/tlschema'
import {
  ASSET_CARD_TYPE,
  assetKindInfo,
  pageRectOf,
  PERSON_TYPE,
  plainTextOf,
  type AssetKind,
  type Rect,
} from '@common-ground/shared'

/**
 * A picture of part of the board drawn from its records, as vector shapes a PDF (or any
 * other painter) can draw: no browser is needed to make a session record. It is a plain
 * rendering, not tldraw's: frames, notes, geo shapes, text, cards, people, arrows and
 * images are drawn; freehand, lines and rotation are left out (README "Exports").
 */
export type PictureItem =
  | { kind: 'box'; rect: Rect; fill: string | null; stroke: string; ellipse: boolean; text: string }
  | { kind: 'text'; rect: Rect; text: string; color: string }
  | { kind: 'arrow'; from: Point; to: Point; color: string }
  | { kind: 'image'; rect: Rect; assetId: string | null }
  | { kind: 'label'; rect: Rect; text: string }

interface Point {
  x: number
  y: number
}

/** tldraw's light-theme colours (its default colour style names). */
const COLORS: Record<string, { solid: string; fill: string }> = {
  black: { solid: '#1d1d1d', fill: '#e8e8e8' },
  grey: { solid: '#9fa8b2', fill: '#eceef0' },
  'light-violet': { solid: '#e085f4', fill: '#f5eafa' },
  violet: { solid: '#ae3ec9', fill: '#ecdcf2' },
  blue: { solid: '#4465e9', fill: '#dce1f8' },
  'light-blue': { solid: '#4ba1f1', fill: '#ddedfa' },
  yellow: { solid: '#f1ac4b', fill: '#f9f0e6' },
  orange: { solid: '#e16919', fill: '#f8e2d4' },
  green: { solid: '#099268', fill: '#d3e9e3' },
  'light-green': { solid: '#4cb05e', fill: '#dbf0e0' },
  'light-red': { solid: '#f87777', fill: '#f4dadb' },
  red: { solid: '#e03131', fill: '#f4dadb' },
  white: { solid: '#ffffff', fill: '#ffffff' },
}
const NOTE_FILL: Record<string, string> = {
  black: '#e0e0e0',
  yellow: '#fed49a',
  orange: '#fbc6a0',
  green: '#a6e8c7',
  'light-green': '#c4f2cd',
  blue: '#b6c7fb',
  'light-blue': '#b2dcfc',
  violet: '#ddbcf4',
  'light-violet': '#f2c8fc',
  red: '#fcb2b2',
  'light-red': '#fdc8c8',
  grey: '#e6e7e9',
  white: '#ffffff',
}

const colorOf = (name: unknown) => COLORS[String(name)] ?? COLORS.black!

/** Every shape with a page rectangle, by id, for the picture and the "cards on" lists. */
export function shapeIndex(records: readonly TLRecord[]): Map<string, TLRecord> {
  return new Map(records.map((record) => [record.id, record]))
}

/** The page rectangle of a shape; shapes without `w`/`h` props (text, arrows) are sized by guess. */
function rectOf(byId: Map<string, TLRecord>, shape: TLShape): Rect | null {
  const rect = pageRectOf(byId, shape.id)
  if (rect !== null) return rect
  let x = shape.x
  let y = shape.y
  let parentId: string = shape.parentId
  for (let depth = 0; !parentId.startsWith('page:'); depth++) {
    const parent = byId.get(parentId)
    if (parent?.typeName !== 'shape' || depth > 64) return null
    x += parent.x
    y += parent.y
    parentId = parent.parentId
  }
  const text = plainTextOf((shape.props as { richText?: unknown }).richText)
  return { x, y, w: Math.max(40, Math.min(600, text.length * 12)), h: 32 }
}

/** The board's shapes in drawing order (tldraw's: parents before children, by index). */
export function drawingOrder(records: readonly TLRecord[]): TLShape[] {
  const shapes = records.filter((r): r is TLShape => r.typeName === 'shape')
  const children = new Map<string, TLShape[]>()
  for (const shape of shapes) {
    const list = children.get(shape.parentId) ?? []
    list.push(shape)
    children.set(shape.parentId, list)
  }
  const ordered: TLShape[] = []
  const visit = (parentId: string, depth: number) => {
    if (depth > 64) return
    const list = (children.get(parentId) ?? []).sort((a, b) =>
      a.index < b.index ? -1 : a.index > b.index ? 1 : 0,
    )
    for (const shape of list) {
      ordered.push(shape)
      visit(shape.id, depth + 1)
    }
  }
  for (const parentId of children.keys()) if (parentId.startsWith('page:')) visit(parentId, 0)
  return ordered
}

/** The smallest rectangle around every drawn shape; null for an empty board. */
export function boardBounds(records: readonly TLRecord[]): Rect | null {
  const byId = shapeIndex(records)
  let bounds: Rect | null = null
  for (const shape of drawingOrder(records)) {
    if (!DRAWN.has(shape.type)) continue
    const rect = rectOf(byId, shape)
    if (rect === null) continue
    bounds = bounds === null ? rect : union(bounds, rect)
  }
  return bounds
}

const DRAWN = new Set([
  'frame',
  'note',
  'geo',
  'text',
  'arrow',
  'image',
  ASSET_CARD_TYPE,
  PERSON_TYPE,
  'cg-grid',
  'cg-ladder',
  'cg-six-elements',
])

/** The picture items of the shapes that overlap `area`, in page coordinates. */
export function pictureOf(records: readonly TLRecord[], area: Rect): PictureItem[] {
  const byId = shapeIndex(records)
  const bindings = bindingsByArrow(records)
  const items: PictureItem[] = []
  for (const shape of drawingOrder(records)) {
    if (!DRAWN.has(shape.type)) continue
    if (shape.type === 'arrow') {
      const arrow = arrowEnds(byId, shape, bindings.get(shape.id) ?? [])
      if (arrow && (inside(area, arrow.from) || inside(area, arrow.to))) {
        items.push({ kind: 'arrow', ...arrow, color: colorOf(shape.props.color).solid })
      }
      continue
    }
    const rect = rectOf(byId, shape)
    if (rect === null || !overlaps(area, rect)) continue
    items.push(...itemsOf(shape, rect))
  }
  return items
}

function itemsOf(shape: TLShape, rect: Rect): PictureItem[] {
  const props = shape.props as Record<string, unknown>
  switch (shape.type) {
    case 'frame':
      return [
        { kind: 'box', rect, fill: '#ffffff', stroke: '#1d1d1d', ellipse: false, text: '' },
        { kind: 'label', rect, text: String(props.name ?? '') },
      ]
    case 'note':
      return [
        {
          kind: 'box',
          rect: { ...rect, w: 200, h: Math.max(200, rect.h) },
          fill: NOTE_FILL[String(props.color)] ?? NOTE_FILL.yellow!,
          stroke: NOTE_FILL[String(props.color)] ?? NOTE_FILL.yellow!,
          ellipse: false,
          text: plainTextOf(props.richText),
        },
      ]
    case 'geo': {
      const color = colorOf(props.color)
      return [
        {
          kind: 'box',
          rect,
          fill: props.fill === 'none' ? null : color.fill,
          stroke: color.solid,
          ellipse: props.geo === 'ellipse' || props.geo === 'oval',
          text: plainTextOf(props.richText),
        },
      ]
    }
    case 'text':
      return [
        {
          kind: 'text',
          rect,
          text: plainTextOf(props.richText),
          color: colorOf(props.color).solid,
        },
      ]
    case 'image':
      return [{ kind: 'image', rect, assetId: (props.assetId as string | null) ?? null }]
    case ASSET_CARD_TYPE: {
      const color = colorOf(assetKindInfo(props.kind as AssetKind).color)
      return [
        {
          kind: 'box',
          rect,
          fill: color.fill,
          stroke: color.solid,
          ellipse: false,
          text: [props.title, props.heldBy].filter(Boolean).join('\n'),
        },
      ]
    }
    case PERSON_TYPE:
      return [
        {
          kind: 'box',
          rect,
          fill: '#ffffff',
          stroke: '#4465e9',
          ellipse: false,
          text: [props.label, props.organisation].filter(Boolean).join('\n'),
        },
      ]
    default:
      // Grids, ladders and checks: their outline; the record's sections list what is on them.
      return [
        { kind: 'box', rect, fill: null, stroke: '#9fa8b2', ellipse: false, text: '' },
        { kind: 'label', rect, text: String(props.label ?? '') },
      ]
  }
}

/** An arrow's two ends in page space: at the centre of a bound shape, else where it points. */
function arrowEnds(
  byId: Map<string, TLRecord>,
  arrow: TLShape,
  bindings: readonly TLRecord[],
): { from: Point; to: Point } | null {
  const props = arrow.props as { start?: Point; end?: Point }
  const origin = rectOf(byId, arrow)
  if (origin === null) return null
  const ends: Record<'start' | 'end', Point> = {
    start: { x: origin.x + (props.start?.x ?? 0), y: origin.y + (props.start?.y ?? 0) },
    end: { x: origin.x + (props.end?.x ?? 0), y: origin.y + (props.end?.y ?? 0) },
  }
  const boxes: Partial<Record<'start' | 'end', Rect>> = {}
  for (const record of bindings) {
    if (record.typeName !== 'binding') continue
    const terminal = (record.props as { terminal?: unknown }).terminal
    if (terminal !== 'start' && terminal !== 'end') continue
    const target = pageRectOf(byId, record.toId as TLShapeId)
    if (target === null) continue
    ends[terminal] = { x: target.x + target.w / 2, y: target.y + target.h / 2 }
    boxes[terminal] = target
  }
  // A bound end stops at its shape's edge, as on the canvas, not at its centre.
  const from = boxes.start ? edgeToward(boxes.start, ends.start, ends.end) : ends.start
  const to = boxes.end ? edgeToward(boxes.end, ends.end, ends.start) : ends.end
  return { from, to }
}

/** Where the line from `inside` (in `rect`) toward `toward` leaves `rect`. */
function edgeToward(rect: Rect, inside: Point, toward: Point): Point {
  const dx = toward.x - inside.x
  const dy = toward.y - inside.y
  if (dx === 0 && dy === 0) return inside
  const tx = dx === 0 ? Infinity : (dx > 0 ? rect.x + rect.w - inside.x : rect.x - inside.x) / dx
  const ty = dy === 0 ? Infinity : (dy > 0 ? rect.y + rect.h - inside.y : rect.y - inside.y) / dy
  const t = Math.min(1, tx, ty)
  return { x: inside.x + dx * t, y: inside.y + dy * t }
}

function bindingsByArrow(records: readonly TLRecord[]): Map<string, TLRecord[]> {
  const byArrow = new Map<string, TLRecord[]>()
  for (const record of records) {
    if (record.typeName !== 'binding') continue
    const list = byArrow.get(record.fromId) ?? []
    list.push(record)
    byArrow.set(record.fromId, list)
  }
  return byArrow
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    x,
    y,
    w: Math.max(a.x + a.w, b.x + b.w) - x,
    h: Math.max(a.y + a.h, b.y + b.h) - y,
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

function inside(rect: Rect, point: Point): boolean {
  return overlaps(rect, { x: point.x, y: point.y, w: 0.001, h: 0.001 })
}
