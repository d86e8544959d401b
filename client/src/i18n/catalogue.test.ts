import { catalogueProblems, LANGUAGE_IDS } from '@common-ground/shared'
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
