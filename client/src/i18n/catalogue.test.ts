import { catalogueProblems, LANGUAGE_IDS } from '@common-ground/shared'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UI_CATALOGUES } from './messages'
import { en } from './messages/en'

describe('UI catalogues', () => {
  it.each(LANGUAGE_IDS)(
    '%s has every key of en.ts, no key en.ts lacks, every plural form, the same placeholders',
    (language) => {
      expect(catalogueProblems(en, UI_CATALOGUES[language], language)).toEqual([])
    },
  )

  it('flags a key a translation misses', () => {
    const { 'common.cancel': _dropped, ...incomplete } = UI_CATALOGUES.cy
    expect(catalogueProblems(en, incomplete, 'cy')).toEqual(['cy: missing "common.cancel"'])
  })
})

/** Keys built at run time from an id: `close.<CloseCode name>`, `colour.<hex>`... */
const BUILT_KEYS = ['close.', 'colour.', 'connection.', 'outline.kind.', 'sort.']

describe('the English catalogue', () => {
  it('has no key that no code uses', () => {
    const root = join(import.meta.dirname, '..')
    const source = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('i18n/messages'))
      .map((file) => readFileSync(join(root, file), 'utf8'))
      .join('\n')
    const unused = Object.keys(en)
      .map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''))
      .filter((key) => !BUILT_KEYS.some((prefix) => key.startsWith(prefix)))
      .filter((key) => !source.includes(`'${key}'`) && !source.includes(`\`${key}\``))
    expect(unused).toEqual([])
  })
})
