import { useEffect } from 'react'
import { useT } from './useT'

/**
 * Keeps `<html lang dir>` on the reader's language: screen readers pick their voice from
 * `lang`, and `dir="rtl"` mirrors the whole layout (our CSS uses logical properties).
 */
export function useDocumentLanguage(): void {
  const { language, dir } = useT()
  useEffect(() => {
    document.documentElement.lang = language
    document.documentElement.dir = dir
  }, [language, dir])
}
