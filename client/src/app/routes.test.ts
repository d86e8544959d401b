import { describe, expect, it } from 'vitest'
import { parseRoute } from './routes'

describe('parseRoute', () => {
  it('shows the home page at the root', () => {
    expect(parseRoute('/')).toEqual({ kind: 'home' })
    expect(parseRoute('')).toEqual({ kind: 'home' })
  })

  it('opens a board at /b/<id>, with or without a trailing slash', () => {
    expect(parseRoute('/b/AbC123_-x')).toEqual({ kind: 'board', boardId: 'AbC123_-x' })
    expect(parseRoute('/b/AbC123/')).toEqual({ kind: 'board', boardId: 'AbC123' })
  })

  it('reports an address that cannot be a board id', () => {
    expect(parseRoute('/b/has%20space')).toEqual({ kind: 'invalid-board', raw: 'has space' })
    expect(parseRoute('/b/a/b')).toEqual({ kind: 'invalid-board', raw: 'a/b' })
    expect(parseRoute(`/b/${'x'.repeat(65)}`)).toMatchObject({ kind: 'invalid-board' })
    expect(parseRoute('/b/%E0%A4%A')).toEqual({ kind: 'invalid-board', raw: '%E0%A4%A' })
  })

  it('treats /b/ with no id as not found, not as home', () => {
    expect(parseRoute('/b/')).toEqual({ kind: 'not-found' })
    expect(parseRoute('/b')).toEqual({ kind: 'not-found' })
  })

  it('shows not found for anything else', () => {
    expect(parseRoute('/boards/abc')).toEqual({ kind: 'not-found' })
    expect(parseRoute('/api/config')).toEqual({ kind: 'not-found' })
  })
})
