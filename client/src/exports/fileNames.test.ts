import { describe, expect, it } from 'vitest'
import { downloadName } from './fileNames'

describe('downloadName (SPEC 55)', () => {
  it('names a frame’s picture after the board and the frame', () => {
    expect(downloadName('Asset map', 'Our skills', '.png', 'Untitled')).toBe(
      'Asset map – Our skills.png',
    )
    expect(downloadName('Asset map', null, '.svg', 'Untitled')).toBe('Asset map.svg')
  })

  it('keeps any script, and replaces what file systems refuse', () => {
    expect(downloadName('Gŵyl: 2026/27', 'خريطة "الأصول"', '.png', 'Untitled')).toBe(
      'Gŵyl- 2026-27 – خريطة -الأصول-.png',
    )
    expect(downloadName('a\u0000b\tc', '', '.pdf', 'Untitled')).toBe('a-b-c.pdf')
  })

  it('falls back when the title is empty or only dots', () => {
    expect(downloadName('  ', null, '.tldr', 'Untitled')).toBe('Untitled.tldr')
    expect(downloadName('..hidden', null, '.png', 'Untitled')).toBe('hidden.png')
  })
})
