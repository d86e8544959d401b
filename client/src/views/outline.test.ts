import { describe, expect, it } from 'vitest'
import { buildOutline, inReadingOrder, type OutlineInput } from './outline'

const at = (
  id: string,
  x: number,
  y: number,
  fields: Partial<OutlineInput> = {},
): OutlineInput => ({
  id,
  kind: 'note',
  frameId: null,
  x,
  y,
  w: 100,
  h: 100,
  text: id,
  ...fields,
})

describe('inReadingOrder', () => {
  it('reads rows top to bottom and each row left to right, forgiving a ragged row', () => {
    const things = [at('d', 0, 200), at('b', 300, 10), at('a', 0, 0), at('c', 600, 30)]
    expect(inReadingOrder(things).map((t) => t.id)).toEqual(['a', 'b', 'c', 'd'])
  })
})

describe('buildOutline', () => {
  it('makes each frame a section, in reading order, with its items in reading order', () => {
    const outline = buildOutline([
      at('frame-2', 1000, 0, { kind: 'frame', text: 'Who delivers', w: 800, h: 600 }),
      at('frame-1', 0, 0, { kind: 'frame', text: 'Assets', w: 800, h: 600 }),
      at('late', 200, 300, { frameId: 'frame-1' }),
      at('early', 400, 50, { frameId: 'frame-1' }),
      at('card', 1100, 100, { kind: 'asset', frameId: 'frame-2', text: 'Cooking' }),
      at('loose', 0, 900, { kind: 'text', text: 'Parking' }),
    ])
    expect(outline.map((s) => [s.title, s.items.map((i) => i.id)])).toEqual([
      ['Assets', ['early', 'late']],
      ['Who delivers', ['card']],
      ['', ['loose']],
    ])
  })

  it('leaves out shapes without words and keeps notes even when empty', () => {
    const outline = buildOutline([
      at('box', 0, 0, { kind: 'geo', text: '' }),
      at('labelled', 0, 200, { kind: 'geo', text: 'Idea' }),
      at('empty-note', 0, 400, { text: '' }),
      at('line', 0, 600, { kind: 'arrow', text: '' }),
      at('link', 0, 800, { kind: 'arrow', text: '', detail: 'from Sam to Ana' }),
    ])
    expect(outline).toHaveLength(1)
    expect(outline[0]!.items.map((i) => i.id)).toEqual(['labelled', 'empty-note', 'link'])
  })

  it('shows an empty frame as an empty section and an empty board as one empty section', () => {
    expect(buildOutline([at('f', 0, 0, { kind: 'frame', text: '' })])).toEqual([
      { frameId: 'f', title: '', items: [] },
    ])
    expect(buildOutline([])).toEqual([{ frameId: null, title: '', items: [] }])
  })

  it('puts an item whose frame is unknown with the items outside frames', () => {
    const outline = buildOutline([at('orphan', 0, 0, { frameId: 'gone' })])
    expect(outline).toEqual([
      {
        frameId: null,
        title: '',
        items: [{ id: 'orphan', kind: 'note', text: 'orphan', detail: '' }],
      },
    ])
  })
})
