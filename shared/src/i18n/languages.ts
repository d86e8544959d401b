/**
 * The languages Common Ground speaks. `id` is a BCP 47 tag (it goes into `<html lang>`,
 * the `?lang=` of exports and the `language` of a new board); `name` is the language's
 * own name for itself, which is how a picker should show it; `dir` is the direction its
 * text runs. To add a language, see client/src/i18n/README.md.
 */
export const LANGUAGES = [
  { id: 'en', name: 'English', dir: 'ltr' },
  { id: 'cy', name: 'Cymraeg', dir: 'ltr' },
  { id: 'ar', name: 'العربية', dir: 'rtl' },
] as const

export type LanguageId = (typeof LANGUAGES)[number]['id']

export const DEFAULT_LANGUAGE: LanguageId = 'en'

export const LANGUAGE_IDS: readonly LanguageId[] = LANGUAGES.map((language) => language.id)

export function isLanguageId(value: unknown): value is LanguageId {
  return (LANGUAGE_IDS as readonly unknown[]).includes(value)
}

export function languageDirection(language: LanguageId): 'ltr' | 'rtl' {
  return LANGUAGES.find((info) => info.id === language)!.dir
}

/**
 * The first of `wanted` (most preferred first, e.g. `navigator.languages` or a parsed
 * Accept-Language) that we speak, matching on the primary subtag so that `cy-GB` gets
 * Welsh; the default language when none is spoken.
 */
export function bestLanguage(wanted: readonly string[]): LanguageId {
  for (const tag of wanted) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
    if (isLanguageId(primary)) return primary
  }
  return DEFAULT_LANGUAGE
}

/** A `?lang=` value or a request field: a language we speak, else the default. */
export function parseLanguage(value: unknown): LanguageId {
  return typeof value === 'string' ? bestLanguage([value]) : DEFAULT_LANGUAGE
}
