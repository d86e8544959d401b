import { domainWords } from '../i18n/domainWords.js'
import { describe, expect, it } from 'vitest'
import { classifyByGrid, GRID_CELLS, GRID_COLUMNS, GRID_ROWS, gridLayout } from './grid.js'

// nef's table as the product brief (DOMAIN.md, kept outside the repository) prints it.
const NEF_TABLE = `
| delivery \\ planning | Professionals as sole service planner | Service users/community & professionals as co-planners | No professional input into service planning |
|---|---|---|---|
| **Professionals as sole service deliverers** | Traditional professional service provision | Professional service provision, but users/communities involved in planning and design | (none) |
| **Professionals/users/communities as co-deliverers** | User co-delivery of professionally designed services | **Full user/professional/community co-production** | User/community delivery of services with little formal/professional planning or design |
| **Users/communities as sole deliverers** | User/community delivery of professionally planned services | User/community delivery of co-planned or co-designed services | Self-organised community provision |
`
const grid = { x: 100, y: 50, props: { w: 1500, h: 1000 } }
const card = (x: number, y: number) => ({ x: x - 10, y: y - 5, w: 20, h: 10 })

describe('the co-production grid', () => {
  it('has nef’s texts verbatim, row by row as DOMAIN.md prints them', () => {
    const tableRows = NEF_TABLE.split('\n')
      .filter((line) => line.startsWith('| **'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim().replaceAll('**', '')),
      )
    const words = domainWords('en')
    expect(tableRows.map((row) => row[0])).toEqual(GRID_ROWS.map((row) => words.gridRow(row.id)))
    expect(tableRows.flatMap((row) => row.slice(1))).toEqual(
      GRID_CELLS.map((cell) => words.gridCell(cell.id)),
    )
    const header = NEF_TABLE.trim().split('\n')[0]!.split('|').slice(2, -1)
    expect(header.map((cell) => cell.trim())).toEqual(
      GRID_COLUMNS.map((column) => words.gridColumn(column.id)),
    )
  })

  it('marks the one cell nef leaves empty, and full co-production', () => {
    const words = domainWords('en')
    expect(GRID_CELLS.filter((cell) => cell.empty).map((cell) => words.gridCell(cell.id))).toEqual([
      '(none)',
    ])
    expect(GRID_CELLS.filter((cell) => cell.highlight).map((cell) => cell.id)).toEqual([
      'full-coproduction',
    ])
  })

  it('lays the cells out in a 3 × 3 block beside and below the headers', () => {
    const { cells, corner } = gridLayout({ w: 1500, h: 1000 })
    const first = cells[0]!.rect
    const last = cells[8]!.rect
    expect(first).toMatchObject({ x: corner.w, y: corner.h })
    expect(last.x + last.w).toBeCloseTo(1500)
    expect(last.y + last.h).toBeCloseTo(1000)
  })

  it('classifies a card by the cell its centre lies in, in page space', () => {
    for (const { cell, rect } of gridLayout(grid.props).cells) {
      const centre = { x: grid.x + rect.x + rect.w / 2, y: grid.y + rect.y + rect.h / 2 }
      expect(classifyByGrid(grid, card(centre.x, centre.y))).toBe(cell.id)
    }
    // A card mostly outside a cell still counts where its centre is.
    const topLeft = gridLayout(grid.props).cells[0]!.rect
    const big = { x: grid.x + topLeft.x - 100, y: grid.y + topLeft.y + 10, w: 210, h: 40 }
    expect(classifyByGrid(grid, big)).toBe('traditional')
  })

  it('classifies nothing on the headers or off the grid', () => {
    expect(classifyByGrid(grid, card(grid.x + 5, grid.y + 5))).toBeNull()
    expect(classifyByGrid(grid, card(grid.x + 800, grid.y + 20))).toBeNull()
    expect(classifyByGrid(grid, card(grid.x + 20, grid.y + 600))).toBeNull()
    expect(classifyByGrid(grid, card(grid.x + 1501, grid.y + 600))).toBeNull()
    expect(classifyByGrid(grid, card(0, 0))).toBeNull()
  })

  it('splits an edge between two cells consistently: the left and top edge belong to a cell', () => {
    const [a, b] = gridLayout(grid.props).cells
    const edgeX = grid.x + b!.rect.x
    expect(classifyByGrid(grid, card(edgeX, grid.y + a!.rect.y + 20))).toBe(b!.cell.id)
  })
})
