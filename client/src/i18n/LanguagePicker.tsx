import { LANGUAGES, type LanguageId } from '@common-ground/shared'
import { useId } from 'react'
import './LanguagePicker.css'
import { chooseLanguage } from './i18n'
import { useT } from './useT'

/**
 * A labelled native `<select>` of the languages we speak, each in its own words, so
 * anyone can find theirs whatever the page is in now. Keyboard and screen readers get
 * the browser's own select. Choosing switches at once and is remembered in this browser;
 * the canvas (tldraw) follows (see useTldrawLocale).
 */
export function LanguagePicker({ className }: { className?: string }) {
  const id = useId()
  const { t, language } = useT()
  return (
    <div className={`language-picker${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="language-picker"
        value={language}
        onChange={(event) => chooseLanguage(event.target.value as LanguageId)}
      >
        {LANGUAGES.map((option) => (
          <option key={option.id} value={option.id} lang={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  )
}
