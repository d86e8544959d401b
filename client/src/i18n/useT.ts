import {
  DOMAIN_NAMESPACE,
  domainWordsOf,
  isLanguageId,
  languageDirection,
  type DomainKey,
  type DomainWords,
  type LanguageId,
  type MessageKey,
} from '@common-ground/shared'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { en } from './messages/en'
import { UI_NAMESPACE } from './messages'

export type UiKey = MessageKey<typeof en>

/** Values for a message's `{{placeholders}}`; `count` also picks the plural form. */
export type MessageValues = Record<string, string | number>

export type Translate = (key: UiKey, values?: MessageValues) => string

export interface Translation {
  /** A UI message in the reader's language. */
  t: Translate
  /** Domain words (relations, kinds, grid cells...) in the reader's language. */
  words: DomainWords
  language: LanguageId
  dir: 'ltr' | 'rtl'
}

/**
 * Our words in the reader's language. Components re-render when the language changes.
 * Keys are checked by TypeScript against the English catalogue (messages/en.ts).
 */
export function useT(): Translation {
  const { t, i18n } = useTranslation([UI_NAMESPACE, DOMAIN_NAMESPACE])
  const resolved = i18n.resolvedLanguage ?? i18n.language
  const language: LanguageId = isLanguageId(resolved) ? resolved : 'en'
  return useMemo(() => {
    const translate = t as unknown as (key: string, options: object) => string
    return {
      t: (key, values) => translate(key, { ns: UI_NAMESPACE, ...values }),
      words: domainWordsOf((key: DomainKey, values) =>
        translate(key, { ns: DOMAIN_NAMESPACE, ...values }),
      ),
      language,
      dir: languageDirection(language),
    }
  }, [t, language])
}
