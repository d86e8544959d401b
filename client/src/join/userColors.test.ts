import { USER_COLORS } from '@common-ground/shared'
import { describe, expect, it } from 'vitest'
import { currentColor, freeColorFor } from './userColors'

// Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB.
const VISION = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
const clamp = (x: number) => Math.min(1, Math.max(0, x))

function lab([r = 0, g = 0, b = 0]: number[]) {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

function seenAs(hex: string, matrix: number[][]) {
  const rgb = linear(hex)
  return lab(matrix.map((row) => clamp(row.reduce((sum, m, i) => sum + m * (rgb[i] ?? 0), 0))))
}

const contrastWithWhite = (hex: string) => {
  const [r = 0, g = 0, b = 0] = linear(hex)
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)
}

describe('the colour palette', () => {
  it.each(Object.entries(VISION))('every pair is clearly different with %s', (_name, matrix) => {
    for (const [i, a] of USER_COLORS.entries()) {
      for (const b of USER_COLORS.slice(i + 1)) {
        const [p, q] = [seenAs(a, matrix), seenAs(b, matrix)]
        const distance = Math.hypot(...p.map((v, k) => v - (q[k] ?? 0)))
        expect(distance, `${a} and ${b}`).toBeGreaterThanOrEqual(25)
      }
    }
  })

  it('carries white cursor labels at 4.5:1 or more', () => {
    for (const color of USER_COLORS) expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(4.5)
  })
})

describe('freeColorFor', () => {
  const [first, second, third] = USER_COLORS
  it('keeps a colour nobody else wears', () => {
    expect(freeColorFor('b', first, [{ id: 'a', color: second }])).toBe(first)
  })

  it('moves a newcomer off a colour someone present wears, whatever their ids', () => {
    // The one already there keeps it; the newcomer moves, ranked first or not.
    expect(freeColorFor('a', first, [{ id: 'b', color: first }])).toBe(second)
    expect(freeColorFor('b', first, [{ id: 'a', color: first }])).toBe(third)
  })

  it('gives three newcomers who joined at once with one colour three other colours', () => {
    const people = ['a', 'b', 'c'].map((id) => ({ id, color: first as string }))
    const chosen = people.map((me) =>
      freeColorFor(
        me.id,
        first,
        people.filter((other) => other.id !== me.id),
      ),
    )
    expect(new Set(chosen).size).toBe(3)
    expect(chosen).not.toContain(first)
  })

  it('keeps the colour when the palette has run out', () => {
    const others = USER_COLORS.map((color, index) => ({ id: `p${index}`, color }))
    expect(freeColorFor('zz', first, others)).toBe(first)
  })
})

describe('currentColor', () => {
  it('maps a colour of the earlier palette to the one at its place today', () => {
    expect(currentColor('#e03131')).toBe(USER_COLORS[0])
    expect(currentColor('#C2255C')).toBe(USER_COLORS[7])
    expect(currentColor(USER_COLORS[3])).toBe(USER_COLORS[3])
    expect(currentColor('#123456')).toBeNull()
    expect(currentColor(7)).toBeNull()
  })
})
