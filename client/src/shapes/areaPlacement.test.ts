import { describe, expect, it } from 'vitest'
import { freeSlotInArea } from './areaPlacement'

const centreOf = (slot: { x: number; y: number }, size: { w: number; h: number }) => ({
  x: slot.x + size.w / 2,
  y: slot.y + size.h / 2,
})
const inside = (p: { x: number; y: number }, r: { x: number; y: number; w: number; h: number }) =>
  p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h

describe('SPEC 31: a card lands inside the area looked at', () => {
  const cell = { x: 1000, y: 500, w: 400, h: 273 }
  const card = { w: 100, h: 60 }

  it('takes the first free slot in the area, wholly inside it', () => {
    const slot = freeSlotInArea(cell, card, [])
    expect(slot.x).toBeGreaterThanOrEqual(cell.x)
    expect(slot.y).toBeGreaterThanOrEqual(cell.y)
    expect(slot.x + card.w).toBeLessThanOrEqual(cell.x + cell.w)
    expect(slot.y + card.h).toBeLessThanOrEqual(cell.y + cell.h)
  })

  it('skips taken slots and stays inside', () => {
    const first = freeSlotInArea(cell, card, [])
    const second = freeSlotInArea(cell, card, [{ ...first, ...card }])
    expect(second).not.toEqual(first)
    expect(inside(centreOf(second, card), cell)).toBe(true)
  })

  it('keeps the centre inside a full area, or one smaller than the card', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({ ...cell, x: cell.x + i }))
    expect(inside(centreOf(freeSlotInArea(cell, card, crowd), card), cell)).toBe(true)
    const tiny = { x: 0, y: 0, w: 50, h: 30 }
    expect(inside(centreOf(freeSlotInArea(tiny, card, []), card), tiny)).toBe(true)
  })
})
