import { describe, expect, it } from 'vitest'
import { catalogueProblems } from './catalogue.js'
import { DOMAIN_CATALOGUES, domainWords } from './domainWords.js'
import { en } from './domain/en.js'
import { LANGUAGE_IDS } from './languages.js'

describe('domain catalogues', () => {
  it.each(LANGUAGE_IDS)('%s has every key, no extra key, and the same placeholders', (language) => {
    expect(catalogueProblems(en, DOMAIN_CATALOGUES[language], language)).toEqual([])
  })

  it('reads the words of a record in the language asked for', () => {
    expect(domainWords('en').relation('refers-to')).toBe('refers to')
    expect(domainWords('cy').relation('refers-to')).toBe('yn atgyfeirio at')
    expect(domainWords('ar').assetKind('skill')).toBe('مهارة')
  })
})

describe('catalogueProblems', () => {
  const reference = {
    greeting: 'Hello {{name}}',
    people_one: '{{count}} person',
    people_other: '{{count}} people',
  }

  it('names a missing key, an extra key and a changed placeholder', () => {
    expect(
      catalogueProblems(
        reference,
        { greeting: 'Helo {{enw}}', people_one: 'x', people_other: 'y', stale: 'z' },
        'en',
      ),
    ).toEqual([
      'en: "greeting" has placeholders {enw}, expected {name}',
      'en: "stale" is not in the reference catalogue',
    ])
    expect(catalogueProblems(reference, { people_one: 'x', people_other: 'y' }, 'en')).toEqual([
      'en: missing "greeting"',
    ])
  })

  it('asks for every plural form the language has', () => {
    const problems = catalogueProblems(
      reference,
      { greeting: 'Helo {{name}}', people_one: 'x', people_other: 'y' },
      'cy',
    )
    expect(problems.sort()).toEqual([
      'cy: missing plural form "people_few"',
      'cy: missing plural form "people_many"',
      'cy: missing plural form "people_two"',
      'cy: missing plural form "people_zero"',
    ])
  })
})
