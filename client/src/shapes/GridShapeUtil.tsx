import { translate } from '../i18n/translate'
import { useT } from '../i18n/useT'
import {
  GRID_DEFAULT_SIZE,
  gridLayout,
  gridShapeMigrations,
  gridShapeProps,
  type GridShape,
  type Rect,
} from '@common-ground/shared'
import type { CSSProperties } from 'react'
import { BaseBoxShapeUtil, HTMLContainer } from 'tldraw'

/**
 * nef's co-production grid: who plans (columns) by who delivers (rows). Drawn from
 * shared's `gridLayout`, the same rectangles `classifyByGrid` reads, so a card is
 * classified by the cell it is seen in.
 */
export class GridShapeUtil extends BaseBoxShapeUtil<GridShape> {
  static override type = 'cg-grid' as const
  static override props = gridShapeProps
  static override migrations = gridShapeMigrations

  override getDefaultProps(): GridShape['props'] {
    return { ...GRID_DEFAULT_SIZE, label: '' }
  }

  override canEdit() {
    return false
  }

  override getAriaDescriptor(shape: GridShape) {
    const { label } = shape.props
    return label ? translate('shape.grid.ariaNamed', { label }) : translate('shape.grid.aria')
  }

  override component(shape: GridShape) {
    return <Grid shape={shape} />
  }

  override getIndicatorPath(shape: GridShape) {
    const path = new Path2D()
    path.rect(0, 0, shape.props.w, shape.props.h)
    return path
  }
}

function Grid({ shape }: { shape: GridShape }) {
  const { words } = useT()
  const { w, h, label } = shape.props
  const layout = gridLayout(shape.props)
  return (
    <HTMLContainer className="cg-grid" style={{ width: w, height: h }}>
      <div className="cg-grid-part cg-grid-corner" style={place(layout.corner)}>
        {label && <span className="cg-grid-label">{label}</span>}
        <span>{words.gridAxis('columns')} →</span>
        <span>{words.gridAxis('rows')} ↓</span>
      </div>
      {layout.columnHeaders.map((header) => (
        <div key={header.id} className="cg-grid-part cg-grid-heading" style={place(header.rect)}>
          {words.gridColumn(header.id)}
        </div>
      ))}
      {layout.rowHeaders.map((header) => (
        <div key={header.id} className="cg-grid-part cg-grid-heading" style={place(header.rect)}>
          {words.gridRow(header.id)}
        </div>
      ))}
      {layout.cells.map(({ cell, rect }) => (
        <div
          key={cell.id}
          className={`cg-grid-part cg-grid-cell${cell.empty ? ' cg-grid-cell-empty' : ''}${
            cell.highlight ? ' cg-grid-cell-full' : ''
          }`}
          style={place(rect)}
        >
          {words.gridCell(cell.id)}
        </div>
      ))}
    </HTMLContainer>
  )
}

export function place(rect: Rect): CSSProperties {
  return { left: rect.x, top: rect.y, width: rect.w, height: rect.h }
}
