import { useT } from '../i18n/useT'
import { useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react'
import { MAX_SHAPE_LINE_LENGTH } from '@common-ground/shared'

/**
 * What the panel's add and edit forms share: the fields being typed, the one field that
 * must not be empty, and what happens on submit. Adding clears the form and puts the
 * cursor back in the required field, ready for the next one; editing (`onCancel` given)
 * leaves the form to its owner, which closes it.
 */
export function useShapeForm<F extends object>(options: {
  initial: F
  required: keyof F
  /** Shown, and focused, when the required field is empty after tidying. */
  missingMessage: string
  /** Trims free text before the fields are checked and submitted. */
  tidy: (fields: F) => F
  onSubmit: (fields: F) => void
  onCancel?: () => void
}) {
  const id = useId()
  const requiredRef = useRef<HTMLInputElement>(null)
  const [fields, setFields] = useState(options.initial)
  const [error, setError] = useState<string | null>(null)
  const set = <K extends keyof F>(key: K, value: F[K]) =>
    setFields((current) => ({ ...current, [key]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const tidied = options.tidy(fields)
    if (tidied[options.required] === '') {
      setError(options.missingMessage)
      requiredRef.current?.focus()
      return
    }
    setError(null)
    options.onSubmit(tidied)
    if (!options.onCancel) {
      setFields(options.initial)
      requiredRef.current?.focus()
    }
  }

  return { id, fields, set, error, requiredRef, submit }
}

/** The form, its legend (the form's accessible name) and its Save/Cancel buttons. */
export function ShapeFormFrame(props: {
  legend: string
  submitLabel: string
  onSubmit: (event: FormEvent) => void
  onCancel?: () => void
  testId: string
  children: ReactNode
}) {
  const { t } = useT()
  return (
    <form className="cg-form" onSubmit={props.onSubmit} noValidate data-testid={props.testId}>
      <fieldset>
        <legend>{props.legend}</legend>
        {props.children}
        <div className="cg-form-actions">
          <button type="submit" className="button primary">
            {props.submitLabel}
          </button>
          {props.onCancel && (
            <button type="button" className="button" onClick={props.onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  )
}

/** A one-line text field that must be filled, with its error announced beside it. */
export function RequiredTextField({
  id,
  label,
  inputRef,
  value,
  onChange,
  error,
  autoFocus,
}: {
  /** The input's id; the error's id is derived from it. */
  id: string
  label: string
  inputRef: RefObject<HTMLInputElement | null>
  value: string
  onChange: (value: string) => void
  error: string | null
  autoFocus: boolean
}) {
  const errorId = `${id}-error`
  return (
    <div className="cg-form-field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        autoFocus={autoFocus}
        maxLength={MAX_SHAPE_LINE_LENGTH}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : errorId}
      />
      {error !== null && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
