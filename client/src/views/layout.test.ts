import { describe, expect, it } from 'vitest'
import { nextFreeSlot, overlaps, ringCells, SLOT_GAP, type Rect } from './layout'

const size = { w: 100, h: 50 }

describe('nextFreeSlot', () => {
  it('puts the first item in the middle of the view', () => {
    expect(nextFreeSlot({ x: 500, y: 300 }, size, [])).toEqual({ x: 450, y: 275 })
  })

  it('never stacks items added one after another on the same point', () => {
    const placed: Rect[] = []
    for (let n = 0; n < 30; n++) {
      const at = nextFreeSlot({ x: 0, y: 0 }, size, placed)
      const rect = { ...at, ...size }
      expect(placed.some((other) => overlaps(rect, other))).toBe(false)
      placed.push(rect)
    }
    // ...and they stay close to the centre: 30 items fit within 3 rings of the lattice.
    for (const rect of placed) {
      expect(Math.abs(rect.x + size.w / 2)).toBeLessThanOrEqual(3 * (size.w + SLOT_GAP))
      expect(Math.abs(rect.y + size.h / 2)).toBeLessThanOrEqual(3 * (size.h + SLOT_GAP))
    }
  })

  it('goes beside, not under, a large shape covering the centre', () => {
    const grid = { x: -400, y: -300, w: 800, h: 600 }
    const at = nextFreeSlot({ x: 0, y: 0 }, size, [grid])
    expect(overlaps({ ...at, ...size }, grid)).toBe(false)
  })

  it('prefers the same row, left then right, for the second item', () => {
    const first = nextFreeSlot({ x: 0, y: 0 }, size, [])
    const second = nextFreeSlot({ x: 0, y: 0 }, size, [{ ...first, ...size }])
    expect(second.y).toBe(first.y)
    expect(second.x).toBe(first.x - (size.w + SLOT_GAP))
  })

  it('starts a column to the right of everything when the neighbourhood is full', () => {
    const wall = { x: -1e6, y: -1e6, w: 2e6, h: 2e6 }
    expect(nextFreeSlot({ x: 0, y: 0 }, size, [wall])).toEqual({ x: 1e6 + SLOT_GAP, y: -25 })
  })
})

describe('ringCells', () => {
  it('lists each cell of a ring once', () => {
    expect(ringCells(0)).toEqual([[0, 0]])
    expect(ringCells(1)).toHaveLength(8)
    expect(ringCells(2)).toHaveLength(16)
    expect(new Set(ringCells(2).map((cell) => cell.join())).size).toBe(16)
  })
})
