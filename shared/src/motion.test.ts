import { describe, expect, test } from 'vitest'
import { checkMotionEntry, isMotionOnlyChange, withMotion } from './motion.js'

const shape = {
  id: 'shape:a',
  typeName: 'shape',
  x: 1,
  y: 2,
  rotation: 0,
  props: { w: 10, color: 'black' },
  meta: {},
}

describe('motion entries', () => {
  test('a shape id with exactly { x, y, rotation } in finite numbers is accepted', () => {
    expect(checkMotionEntry({ key: 'shape:a', val: { x: 1.5, y: -2, rotation: 0.3 } })).toBeNull()
  })

  test.each([
    ['not an object', 'shape:a'],
    ['extra entry keys', { key: 'shape:a', val: { x: 1, y: 1, rotation: 0 }, more: 1 }],
    ['a key that is not a shape', { key: 'page:page', val: { x: 1, y: 1, rotation: 0 } }],
    ['a missing field', { key: 'shape:a', val: { x: 1, y: 1 } }],
    ['an extra field', { key: 'shape:a', val: { x: 1, y: 1, rotation: 0, w: 5 } }],
    ['a string', { key: 'shape:a', val: { x: '1', y: 1, rotation: 0 } }],
    ['infinity', { key: 'shape:a', val: { x: Infinity, y: 1, rotation: 0 } }],
    ['NaN', { key: 'shape:a', val: { x: 1, y: NaN, rotation: 0 } }],
  ])('%s is refused', (_, entry) => {
    expect(checkMotionEntry(entry)).toEqual(expect.any(String))
  })
})

describe('withMotion', () => {
  test('lays position and rotation over the stored record', () => {
    expect(withMotion(shape, { x: 5, y: 6, rotation: 1 })).toEqual({
      ...shape,
      x: 5,
      y: 6,
      rotation: 1,
    })
  })

  test('ignores missing or malformed motion and non-object records', () => {
    expect(withMotion(shape, undefined)).toBe(shape)
    expect(withMotion(shape, { x: 5, y: 6 })).toBe(shape)
    expect(withMotion(shape, { x: 5, y: 6, rotation: 0, props: {} })).toBe(shape)
    expect(withMotion(undefined, { x: 5, y: 6, rotation: 0 })).toBeUndefined()
  })
})

describe('isMotionOnlyChange', () => {
  test('true when only x, y or rotation changed', () => {
    expect(isMotionOnlyChange(shape, { ...shape, x: 9, rotation: 2 })).toBe(true)
  })

  test('false for any other change, other ids, non-shapes or non-numbers', () => {
    expect(isMotionOnlyChange(shape, { ...shape, x: 9, props: { w: 11, color: 'black' } })).toBe(
      false,
    )
    expect(isMotionOnlyChange(shape, { ...shape, id: 'shape:b' })).toBe(false)
    const page = { id: 'page:p', typeName: 'page', x: 1, y: 2, rotation: 0 }
    expect(isMotionOnlyChange(page, { ...page, x: 3 })).toBe(false)
    expect(isMotionOnlyChange(shape, { ...shape, x: null })).toBe(false)
    expect(isMotionOnlyChange(undefined, shape)).toBe(false)
  })
})
