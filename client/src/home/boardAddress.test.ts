import { describe, expect, it } from 'vitest'
import { boardIdFromInput, boardPathFromInput } from './boardAddress'

describe('boardIdFromInput', () => {
  it('accepts a bare board code, ignoring surrounding spaces', () => {
    expect(boardIdFromInput('  Xy12abCD34efGH56 ')).toBe('Xy12abCD34efGH56')
  })

  it('accepts a full link or a path, from any host', () => {
    expect(boardIdFromInput('http://192.168.1.20:8080/b/Xy12abCD')).toBe('Xy12abCD')
    expect(boardIdFromInput('https://cg.example/b/Xy12abCD/?x=1#top')).toBe('Xy12abCD')
    expect(boardIdFromInput('/b/Xy12abCD')).toBe('Xy12abCD')
  })

  it('refuses text that names no board', () => {
    expect(boardIdFromInput('')).toBeNull()
    expect(boardIdFromInput('my board')).toBeNull()
    expect(boardIdFromInput('https://cg.example/')).toBeNull()
    expect(boardIdFromInput('https://cg.example/b/bad%20id')).toBeNull()
  })
})

describe('boardPathFromInput', () => {
  const token = 'A'.repeat(43)

  it('keeps the token of a full link, so the person is let in', () => {
    expect(boardPathFromInput(`https://cg.example/b/Xy12abCD#t=${token}`)).toBe(
      `/b/Xy12abCD#t=${token}`,
    )
    expect(boardPathFromInput(`  /b/Xy12abCD/#t=${token} `)).toBe(`/b/Xy12abCD#t=${token}`)
  })

  it('opens a code or a link without a token at the board’s plain address', () => {
    expect(boardPathFromInput('Xy12abCD34efGH56')).toBe('/b/Xy12abCD34efGH56')
    expect(boardPathFromInput('https://cg.example/b/Xy12abCD#top')).toBe('/b/Xy12abCD')
    expect(boardPathFromInput('my board')).toBeNull()
  })
})
