import type { LanguageId } from '@common-ground/shared'

/** A moment as a reader of `language` writes it: "30 Nov 2026, 14:05". */
export function formatTime(iso: string, language: LanguageId): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )
}

/** A day as a reader of `language` writes it: "30 Nov 2026". */
export function formatDay(iso: string, language: LanguageId): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso))
}
