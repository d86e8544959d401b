import { useT } from '../i18n/useT'
import { TAKES_PART_AS, type TakesPartAs } from '@common-ground/shared'
import { useId } from 'react'

export interface TakesPartAsFieldProps {
  value: TakesPartAs
  onChange: (value: TakesPartAs) => void
}

/**
 * "How do you take part?": optional, and "Prefer not to say" is the default, so nobody
 * has to label themselves. The answer only shows in the people list, to help a group see
 * whether citizens and professionals are both in the room.
 */
export function TakesPartAsField({ value, onChange }: TakesPartAsFieldProps) {
  const { t, words } = useT()
  const id = useId()
  const hintId = `${id}-hint`
  return (
    <fieldset className="field takes-part-field" aria-describedby={hintId}>
      <legend>{t('join.takesPart.legend')}</legend>
      <p id={hintId} className="hint">
        {t('join.takesPart.hint')}
      </p>
      <div className="choice-options">
        {TAKES_PART_AS.map((option) => (
          <label key={option.id} className="choice-option">
            <input
              type="radio"
              name={`${id}-takes-part`}
              value={option.id}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
            />
            <span>
              {option.id === 'not-said' ? t('join.takesPart.not-said') : words.role(option.id)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
