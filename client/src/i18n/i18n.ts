import {
  DEFAULT_LANGUAGE,
  DOMAIN_CATALOGUES,
  DOMAIN_NAMESPACE,
  LANGUAGE_IDS,
  bestLanguage,
  isLanguageId,
  type LanguageId,
} from '@common-ground/shared'
import { createInstance } from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { UI_CATALOGUES, UI_NAMESPACE } from './messages'

/** Where the chosen language is remembered in the browser. */
export const LANGUAGE_STORAGE_KEY = 'common-ground.language'

/**
 * The client's i18next: our UI words (namespace `ui`) and the domain words shared with
 * the server (namespace `domain`), all bundled so the first render is already in the
 * reader's language. The language is, in order: the one chosen in the picker (kept in
 * localStorage), else the first of the browser's languages we speak, else English.
 */
export const i18n = createInstance()

i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    initAsync: false,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGE_IDS],
    // 'cy-GB' is looked up as 'cy'.
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    ns: [UI_NAMESPACE, DOMAIN_NAMESPACE],
    defaultNS: UI_NAMESPACE,
    keySeparator: false,
    nsSeparator: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(
      LANGUAGE_IDS.map((language) => [
        language,
        {
          [UI_NAMESPACE]: UI_CATALOGUES[language],
          [DOMAIN_NAMESPACE]: DOMAIN_CATALOGUES[language],
        },
      ]),
    ),
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only a choice made in the picker is remembered (see chooseLanguage), so a browser
      // whose language changes later is followed until someone picks.
      caches: [],
      convertDetectedLanguage: (detected: string) => bestLanguage([detected]),
    },
    react: { useSuspense: false },
  })
  .catch((error: unknown) => console.error('Could not start the translations', error))

/** The language the UI is in now (always one we speak). */
export function currentLanguage(): LanguageId {
  const language = i18n.resolvedLanguage ?? i18n.language
  return isLanguageId(language) ? language : bestLanguage([language])
}

/** Switches the UI to `language` and remembers the choice in this browser. */
export function chooseLanguage(language: LanguageId): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Private windows may refuse storage: the choice then lasts until the tab closes.
  }
  void i18n.changeLanguage(language)
}
