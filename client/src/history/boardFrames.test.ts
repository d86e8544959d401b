import { describe, expect, it } from 'vitest'
import { boardFrames } from './boardFrames'

const frame = (id: string, name: unknown, x: number, y: number) => ({
  id,
  typeName: 'shape',
  type: 'frame',
  x,
  y,
  props: { name },
})

describe('the frames of an archived board (SPEC 50)', () => {
  it('lists frames in reading order, with unnamed ones kept, and nothing else', () => {
    expect(
      boardFrames({
        a: frame('shape:c', 'Third', 0, 900),
        b: frame('shape:b', 'Second', 800, 0),
        c: frame('shape:a', 'First', 0, 0),
        d: frame('shape:d', 42, 0, 1800),
        e: { id: 'shape:x', typeName: 'shape', type: 'geo', x: 0, y: 0, props: {} },
        f: null,
      }),
    ).toEqual([
      { id: 'shape:a', name: 'First' },
      { id: 'shape:b', name: 'Second' },
      { id: 'shape:c', name: 'Third' },
      { id: 'shape:d', name: '' },
    ])
  })
})
