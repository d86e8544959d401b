import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { rectCenter, rectContains, type Rect } from './geometry.js'
import { lineText } from './text.js'

export const GRID_TYPE = 'cg-grid'

/**
 * Columns: who plans (DOMAIN.md "The co-production grid"), left to right. Headers, axis
 * names and cell texts are domain words (`grid.column.<id>`, `grid.axis.columns`,
 * `grid.cell.<id>`...), nef's English verbatim in en.ts.
 */
export const GRID_COLUMNS = [
  { id: 'professionals-plan' },
  { id: 'co-plan' },
  { id: 'no-professional-plan' },
] as const

/** Rows: who delivers, top to bottom. */
export const GRID_ROWS = [
  { id: 'professionals-deliver' },
  { id: 'co-deliver' },
  { id: 'users-deliver' },
] as const

export type GridRowId = (typeof GRID_ROWS)[number]['id']
export type GridColumnId = (typeof GRID_COLUMNS)[number]['id']

/**
 * The nine cells, row by row (texts: `grid.cell.<id>`). nef names no model where
 * professionals deliver a service nobody professional planned: that cell's text is
 * "(none)" and `empty` is true. It is still a cell (a group may put something there, and
 * that is worth seeing), but the canvas should show it greyed out, with the text in
 * parentheses as nef prints it. `highlight` marks full co-production, which nef prints
 * in bold.
 */
export const GRID_CELLS = [
  cell('traditional', 0, 0),
  cell('professional-co-planned', 0, 1),
  cell('none', 0, 2, { empty: true }),
  cell('user-co-delivery', 1, 0),
  cell('full-coproduction', 1, 1, {
    highlight: true,
  }),
  cell('community-delivery-little-planning', 1, 2),
  cell('community-delivery-professionally-planned', 2, 0),
  cell('community-delivery-co-planned', 2, 1),
  cell('self-organised', 2, 2),
] as const

export type GridCellId = (typeof GRID_CELLS)[number]['id']
export type GridCell = (typeof GRID_CELLS)[number]

function cell<const Id extends string>(
  id: Id,
  row: 0 | 1 | 2,
  column: 0 | 1 | 2,
  flags: { empty?: boolean; highlight?: boolean } = {},
) {
  return {
    id,
    row: GRID_ROWS[row].id,
    column: GRID_COLUMNS[column].id,
    rowIndex: row,
    columnIndex: column,
    empty: flags.empty ?? false,
    highlight: flags.highlight ?? false,
  }
}

export function gridCell(id: GridCellId): GridCell {
  return GRID_CELLS.find((cell) => cell.id === id)!
}

export interface GridProps {
  w: number
  h: number
  /** What the group is placing, e.g. "Where our service is today"; '' for none. */
  label: string
}

export type GridShape = TLBaseShape<typeof GRID_TYPE, GridProps>

export const gridShapeProps: RecordProps<GridShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  label: lineText,
}

export const gridShapeVersions = createShapePropsMigrationIds(GRID_TYPE, { AddLabel: 1 })

export const gridShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: gridShapeVersions.AddLabel,
      up: (props: Record<string, unknown>) => {
        props.label = ''
      },
      down: (props: Record<string, unknown>) => {
        delete props.label
      },
    },
  ],
})

export const GRID_DEFAULT_SIZE = { w: 1500, h: 1000 } as const

/** Share of the grid's width taken by the row headers, and of its height by the label and column headers. */
const HEADER_COLUMN_SHARE = 0.2
const HEADER_ROW_SHARE = 0.18

export interface GridLayout {
  /** Top-left corner: the axis names ("Who plans", "Who delivers") and the label. */
  corner: Rect
  columnHeaders: { id: GridColumnId; rect: Rect }[]
  rowHeaders: { id: GridRowId; rect: Rect }[]
  cells: { cell: GridCell; rect: Rect }[]
}

/**
 * Where each part of a grid of size `w` × `h` is drawn, relative to the shape's top-left
 * corner. The canvas draws from this and {@link classifyByGrid} reads it, so a card is
 * classified by the cell it is seen in.
 */
export function gridLayout({ w, h }: { w: number; h: number }): GridLayout {
  const left = w * HEADER_COLUMN_SHARE
  const top = h * HEADER_ROW_SHARE
  const cellW = (w - left) / 3
  const cellH = (h - top) / 3
  return {
    corner: { x: 0, y: 0, w: left, h: top },
    columnHeaders: GRID_COLUMNS.map((column, i) => ({
      ...column,
      rect: { x: left + i * cellW, y: 0, w: cellW, h: top },
    })),
    rowHeaders: GRID_ROWS.map((row, i) => ({
      ...row,
      rect: { x: 0, y: top + i * cellH, w: left, h: cellH },
    })),
    cells: GRID_CELLS.map((cell) => ({
      cell,
      rect: {
        x: left + cell.columnIndex * cellW,
        y: top + cell.rowIndex * cellH,
        w: cellW,
        h: cellH,
      },
    })),
  }
}

/**
 * The cell a card lies in: the one containing the centre of `cardBounds`, or null when
 * the centre is outside every cell (on a header, or off the grid).
 *
 * Page space: `grid.x`/`grid.y` and `cardBounds` must be page coordinates (for shapes
 * inside a frame, add the frame's position: `pageRectOf`, or the editor's
 * `getShapePageBounds`). Rotation is ignored: a rotated grid classifies as its
 * unrotated box. Template grids are locked, so they are not rotated by accident.
 */
export function classifyByGrid(
  grid: { x: number; y: number; props: { w: number; h: number } },
  cardBounds: Rect,
): GridCellId | null {
  const centre = rectCenter(cardBounds)
  const local = { x: centre.x - grid.x, y: centre.y - grid.y }
  for (const { cell, rect } of gridLayout(grid.props).cells) {
    if (rectContains(rect, local)) return cell.id
  }
  return null
}
