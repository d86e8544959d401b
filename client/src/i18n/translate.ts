import { DOMAIN_NAMESPACE, domainWordsOf, type DomainWords } from '@common-ground/shared'
import { i18n } from './i18n'
import { UI_NAMESPACE } from './messages'
import type { MessageValues, UiKey } from './useT'

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
