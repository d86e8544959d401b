import { create } from 'qrcode'
import { describe, expect, it } from 'vitest'
import { qrDrawing } from './qrCode'

/** Reads the drawing back into a grid of dark modules. */
function darkModules(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let col = Number(x); col < Number(x) + Number(width); col++) {
      grid[Number(y)]![col] = true
    }
  }
  return grid
}

describe('qrDrawing', () => {
  it('draws exactly the dark modules of the code', () => {
    const link = 'http://192.168.1.20:8080/b/Xy12abCD34efGH56#t=' + 'A'.repeat(43)
    const { size, path } = qrDrawing(link)
    const { modules } = create(link, { errorCorrectionLevel: 'M' })
    expect(size).toBe(modules.size)
    const drawn = darkModules(path, size)
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        expect(drawn[row]![col], `module ${row},${col}`).toBe(modules.get(row, col) === 1)
      }
    }
  })

  it('keeps a typical link small enough to read from across a room', () => {
    const link = 'https://cg.example.org/b/Xy12abCD34efGH56#t=' + 'A'.repeat(43)
    // Version 6 (41 modules) at most: at 320 px that is 7 px a module.
    expect(qrDrawing(link).size).toBeLessThanOrEqual(41)
  })
})
