/**
 * Where something added from the panel lands on the canvas: the free slot nearest the
 * middle of what the person is looking at, so additions are seen at once and never pile
 * up on one point. Slots lie on a lattice of the new item's size plus a gap, searched in
 * rings outwards from the centre; a slot is free when it overlaps nothing on the page.
 */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export const SLOT_GAP = 24
/** Rings searched before giving up and placing beside everything instead. */
const MAX_RINGS = 40

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
  )
}

/** The top-left corner of a free `size` slot nearest `centre`. */
export function nextFreeSlot(
  centre: { x: number; y: number },
  size: { w: number; h: number },
  occupied: readonly Rect[],
): { x: number; y: number } {
  const stepX = size.w + SLOT_GAP
  const stepY = size.h + SLOT_GAP
  const origin = { x: Math.round(centre.x - size.w / 2), y: Math.round(centre.y - size.h / 2) }
  const isFree = (x: number, y: number) =>
    !occupied.some((rect) => overlaps({ x, y, ...size }, rect, SLOT_GAP / 2))
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    for (const [i, j] of ringCells(ring)) {
      const x = origin.x + i * stepX
      const y = origin.y + j * stepY
      if (isFree(x, y)) return { x, y }
    }
  }
  // Everything near is taken: start a new column to the right of the whole page.
  const right = Math.max(...occupied.map((rect) => rect.x + rect.w))
  return { x: right + SLOT_GAP, y: origin.y }
}

/**
 * Lattice cells at Chebyshev distance `ring`, nearest first (by real distance, then
 * row then column), so results are deterministic and prefer the same row.
 */
export function ringCells(ring: number): [number, number][] {
  if (ring === 0) return [[0, 0]]
  const cells: [number, number][] = []
  for (let j = -ring; j <= ring; j++) {
    for (let i = -ring; i <= ring; i++) {
      if (Math.max(Math.abs(i), Math.abs(j)) === ring) cells.push([i, j])
    }
  }
  return cells.sort(
    ([ai, aj], [bi, bj]) =>
      ai * ai + aj * aj - (bi * bi + bj * bj) || Math.abs(aj) - Math.abs(bj) || aj - bj || ai - bi,
  )
}
