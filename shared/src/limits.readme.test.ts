import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, LIMIT_ENV } from './limits.js'

// The README's Limits table is the operators' reference: every limit must be in it,
// with the default the server really uses.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe('README limits table', () => {
  for (const [key, name] of Object.entries(LIMIT_ENV)) {
    it(`documents ${name} with its default`, () => {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``))
      expect(row, `no README row for ${name}`).toBeDefined()
      const value = DEFAULT_LIMITS[key as keyof typeof DEFAULT_LIMITS]
      expect(row).toContain(`\`${value}\``)
    })
  }
})
