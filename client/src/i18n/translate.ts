import {
  DOMAIN_NAMESPACE,
  domainWordsOf,
  type DomainWords,
  type LanguageId,
} from '@common-ground/shared'
import { i18n } from './i18n'
import { UI_NAMESPACE } from './messages'
import type { MessageValues, Translate, UiKey } from './useT'

/**
 * A UI message in the current language, for code outside React (notices from the sync
 * session or the upload store). Components use `useT()`, which re-renders on a change.
 */
export function translate(key: UiKey, values?: MessageValues): string {
  return i18n.t(key, { ns: UI_NAMESPACE, ...values })
}

/** Domain words in the current language, for code outside React (tldraw's aria text). */
export function currentWords(): DomainWords {
  return domainWordsOf((key, values) => i18n.t(key, { ns: DOMAIN_NAMESPACE, ...values }))
}

/** UI messages in one given language, whatever the page is in (tests, previews). */
export function translatorFor(language: LanguageId): Translate {
  const t = i18n.getFixedT(language, UI_NAMESPACE)
  return (key, values) => t(key, values ?? {})
}

/** Domain words in one given language. */
export function wordsFor(language: LanguageId): DomainWords {
  const t = i18n.getFixedT(language, DOMAIN_NAMESPACE)
  return domainWordsOf((key, values) => t(key, values ?? {}))
}
