import type { en as domainEn } from './domain/en.js'

/**
 * The plural forms CLDR names. i18next looks a plural message up as `key_<form>`, and
 * each language needs the forms `Intl.PluralRules` gives it (English: one, other; Welsh
 * and Arabic: all six).
 */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const
export type PluralForm = (typeof PLURAL_FORMS)[number]

type PluralBase<K> = K extends `${infer Base}_${PluralForm}` ? Base : never

/**
 * A translation of the reference catalogue `E`: every plain key of `E`, and plural keys
 * in whichever forms the language has (the catalogue test checks those are complete).
 * Using this type makes a missing or misspelt key a type error as well as a test failure.
 */
export type CatalogueOf<E> = {
  [K in keyof E as K extends `${string}_${PluralForm}` ? never : K]: string
} & { [K in `${PluralBase<keyof E & string>}_${PluralForm}`]?: string }

export type DomainCatalogue = CatalogueOf<typeof domainEn>

/** The key a caller passes for a plural message: its name without `_one`, `_other`... */
export type MessageKey<E> = {
  [K in keyof E & string]: K extends `${infer Base}_${PluralForm}` ? Base : K
}[keyof E & string]

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g

function placeholders(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((match) => match[1]!).sort()
}

function baseOf(key: string): { base: string; form: PluralForm | null } {
  const at = key.lastIndexOf('_')
  const form = key.slice(at + 1)
  return at > 0 && (PLURAL_FORMS as readonly string[]).includes(form)
    ? { base: key.slice(0, at), form: form as PluralForm }
    : { base: key, form: null }
}

/**
 * What is wrong with `candidate`, a translation of `reference` into `language`: keys it
 * misses, keys it has that the reference does not (left over from a removed string),
 * empty messages, placeholders that differ from the reference's, and plural messages
 * lacking a form the language needs. Empty when the catalogue is complete.
 */
export function catalogueProblems(
  reference: Readonly<Record<string, string>>,
  candidate: Readonly<Record<string, string | undefined>>,
  language: string,
): string[] {
  const problems: string[] = []
  const referenceBases = new Map<string, string>()
  for (const key of Object.keys(reference)) {
    const { base, form } = baseOf(key)
    if (form === null) {
      if (candidate[key] === undefined) problems.push(`${language}: missing "${key}"`)
    } else referenceBases.set(base, reference[key]!)
  }
  const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  for (const [base] of referenceBases) {
    for (const form of needed) {
      if (candidate[`${base}_${form}`] === undefined)
        problems.push(`${language}: missing plural form "${base}_${form}"`)
    }
  }
  for (const [key, message] of Object.entries(candidate)) {
    const { base, form } = baseOf(key)
    const known = form === null ? key in reference : referenceBases.has(base)
    if (!known) {
      problems.push(`${language}: "${key}" is not in the reference catalogue`)
      continue
    }
    if (message === undefined || message.trim() === '') {
      problems.push(`${language}: "${key}" is empty`)
      continue
    }
    const model = form === null ? reference[key]! : referenceBases.get(base)!
    const expected = placeholders(model).filter((name) => name !== 'count')
    const actual = placeholders(message).filter((name) => name !== 'count')
    if (expected.join() !== actual.join())
      problems.push(
        `${language}: "${key}" has placeholders {${actual.join(', ')}}, expected {${expected.join(', ')}}`,
      )
  }
  return problems
}
