import type { LanguageId } from '@common-ground/shared'
import { LANGUAGES as TLDRAW_LANGUAGES } from 'tldraw'

/**
 * The locale tldraw's own menus use for our `language`. tldraw has no Welsh, so a Welsh
 * reader gets tldraw's menus in English (the language every Welsh speaker also reads)
 * while ours are in Welsh; a language tldraw has (Arabic) it shows in that language.
 */
export function tldrawLocale(language: LanguageId): string {
  return TLDRAW_LANGUAGES.some((option) => option.locale === language) ? language : 'en'
}
