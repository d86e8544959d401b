import { useT } from '../i18n/useT'
import { MAX_USER_NAME_LENGTH, USER_COLORS, type TakesPartAs } from '@common-ground/shared'
import './joinFormPhone.css'
import { useId, useRef, useState, type FormEvent } from 'react'
import { checkName, type UserDetails } from './storedUser'
import { TakesPartAsField } from './TakesPartAsField'
import { colorNameKey, type UserColor } from './userColors'

export interface JoinFormProps {
  initialName: string
  initialColor: UserColor
  initialTakesPartAs: TakesPartAs | undefined
  submitLabel: string
  onSubmit: (details: UserDetails) => void
  onCancel?: () => void
}

/** Name and colour, and (if they like) how they take part: all a participant is asked. */
export function JoinForm({
  initialName,
  initialColor,
  initialTakesPartAs,
  submitLabel,
  onSubmit,
  onCancel,
}: JoinFormProps) {
  const { t } = useT()
  const id = useId()
  const nameRef = useRef<HTMLInputElement>(null)
  const [name, setName] = useState(initialName)
  const [color, setColor] = useState<UserColor>(initialColor)
  const [colorChosen, setColorChosen] = useState(false)
  const [takesPartAs, setTakesPartAs] = useState<TakesPartAs>(initialTakesPartAs ?? 'not-said')
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const check = checkName(name)
    if (!check.ok) {
      setError(
        check.problem === 'missing'
          ? t('join.nameMissing')
          : t('join.nameTooLong', { max: MAX_USER_NAME_LENGTH }),
      )
      nameRef.current?.focus()
      return
    }
    setError(null)
    onSubmit({ name: check.name, color, takesPartAs, colorChosen })
  }

  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <form className="join-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('join.name')}</label>
        <p id={hintId} className="hint">
          {t('join.nameHint')}
        </p>
        <input
          ref={nameRef}
          id={`${id}-name`}
          name="name"
          type="text"
          autoComplete="nickname"
          enterKeyHint="go"
          required
          maxLength={MAX_USER_NAME_LENGTH}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
        />
        {error !== null && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>

      <fieldset className="field color-field">
        <legend>{t('join.colour')}</legend>
        <div className="color-options">
          {USER_COLORS.map((option) => (
            <label key={option} className="color-option">
              <input
                type="radio"
                name={`${id}-color`}
                value={option}
                checked={color === option}
                onChange={() => {
                  setColor(option)
                  setColorChosen(true)
                }}
              />
              <span className="swatch" style={{ backgroundColor: option }} aria-hidden="true" />
              <span>{t(colorNameKey(option))}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <TakesPartAsField value={takesPartAs} onChange={setTakesPartAs} />

      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
