import { describe, expect, it } from 'vitest'
import { BOARD_ID_PATTERN, isBoardId, newBoardId } from './boardId.js'

describe('board ids', () => {
  it('accepts letters, digits, underscore and dash up to 64 characters', () => {
    expect(isBoardId('a')).toBe(true)
    expect(isBoardId('Leeds_City-Lab_2026')).toBe(true)
    expect(isBoardId('x'.repeat(64))).toBe(true)
  })

  it('refuses empty, too long, path-like and non-string ids', () => {
    for (const bad of ['', 'x'.repeat(65), '../etc', 'a/b', 'a b', 'é', 'a.b', '%2e', null, 7]) {
      expect(isBoardId(bad), String(bad)).toBe(false)
    }
  })

  it('makes fresh ids that pass the rule and do not repeat', () => {
    const ids = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const id = newBoardId()
      expect(id).toMatch(BOARD_ID_PATTERN)
      expect(id).toHaveLength(16)
      ids.add(id)
    }
    expect(ids.size).toBe(2000)
  })
})
