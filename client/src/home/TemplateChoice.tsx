import type { TemplateId } from '@common-ground/shared'
import { useEffect, useId, useState } from 'react'
import { useT } from '../i18n/useT'
import { templatesApi, type TemplateInfo } from './templatesApi'

const api = templatesApi()

/** What "Blank board" sends: no template. */
export const BLANK = null

/**
 * "Start from": a radio group, a blank board first and checked, then the server's
 * templates, each with its description as part of the choice's description. If the
 * list cannot be fetched, a blank board is still offered and the page says why.
 */
export function TemplateChoice({
  value,
  onChange,
}: {
  value: TemplateId | null
  onChange: (template: TemplateId | null) => void
}) {
  const { t, words } = useT()
  const id = useId()
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    void api.getTemplates().then((result) => {
      if (cancelled) return
      if (result.ok) setTemplates(result.value.templates)
      else setError('failed')
    })
    return () => {
      cancelled = true
    }
  }, [])

  const options: { id: TemplateId | null; title: string; description: string }[] = [
    {
      id: BLANK,
      title: t('home.templates.blank'),
      description: t('home.templates.blankDescription'),
    },
    // The server lists its templates in English; we show each in the reader's language.
    ...(templates ?? []).map((template) => ({
      id: template.id,
      title: words.translate(`template.${template.id}.title`),
      description: words.translate(`template.${template.id}.description`),
    })),
  ]
  return (
    <fieldset className="template-choice" data-testid="template-choice">
      <legend>{t('home.templates.legend')}</legend>
      <div className="choice-options">
        {options.map((option) => {
          const key = option.id ?? 'blank'
          return (
            <label key={key} className="choice-option template-option">
              <input
                type="radio"
                name={`${id}-template`}
                value={key}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
                aria-labelledby={`${id}-${key}-title`}
                aria-describedby={`${id}-${key}-description`}
              />
              <span className="template-text">
                <span id={`${id}-${key}-title`} className="template-title">
                  {option.title}
                </span>
                <span id={`${id}-${key}-description`} className="template-description">
                  {option.description}
                </span>
              </span>
            </label>
          )
        })}
      </div>
      {templates === null && error === null && (
        <p className="hint" role="status">
          {t('home.templates.loading')}
        </p>
      )}
      {error !== null && (
        <p className="hint" role="status">
          {t('home.templates.failed')}
        </p>
      )}
    </fieldset>
  )
}
