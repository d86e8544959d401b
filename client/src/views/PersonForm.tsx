import { useId, useRef, useState, type FormEvent } from 'react'
import { MAX_SHAPE_LINE_LENGTH, PERSON_ROLES, type PersonRole } from '@common-ground/shared'
import type { PersonFields } from './boardActions'

export const EMPTY_PERSON: PersonFields = { label: '', takesPartAs: 'community', organisation: '' }

export interface PersonFormProps {
  legend: string
  submitLabel: string
  initial?: PersonFields
  onSubmit: (fields: PersonFields) => void
  onCancel?: () => void
  autoFocus?: boolean
  testId: string
}

/** A person's name, how they take part and their organisation; to add or to edit. */
export function PersonForm({
  legend,
  submitLabel,
  initial = EMPTY_PERSON,
  onSubmit,
  onCancel,
  autoFocus = false,
  testId,
}: PersonFormProps) {
  const id = useId()
  const nameRef = useRef<HTMLInputElement>(null)
  const [fields, setFields] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const set = <K extends keyof PersonFields>(key: K, value: PersonFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const label = fields.label.trim()
    if (label === '') {
      setError('Please type a name (or a group’s name).')
      nameRef.current?.focus()
      return
    }
    setError(null)
    onSubmit({ ...fields, label, organisation: fields.organisation.trim() })
    if (!onCancel) {
      setFields(initial)
      nameRef.current?.focus()
    }
  }

  return (
    <form className="cg-form" onSubmit={submit} noValidate data-testid={testId}>
      <fieldset>
        <legend>{legend}</legend>
        <div className="cg-form-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            type="text"
            autoFocus={autoFocus}
            maxLength={MAX_SHAPE_LINE_LENGTH}
            value={fields.label}
            onChange={(event) => set('label', event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : `${id}-error`}
          />
          {error !== null && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="cg-form-field">
          <label htmlFor={`${id}-role`}>Takes part as</label>
          <select
            id={`${id}-role`}
            value={fields.takesPartAs}
            onChange={(event) => set('takesPartAs', event.target.value as PersonRole)}
          >
            {PERSON_ROLES.map((role) => (
              <option key={role.id} value={role.id}>
                {role.label}
              </option>
            ))}
          </select>
        </div>
        <div className="cg-form-field">
          <label htmlFor={`${id}-organisation`}>Organisation (optional)</label>
          <input
            id={`${id}-organisation`}
            type="text"
            maxLength={MAX_SHAPE_LINE_LENGTH}
            value={fields.organisation}
            onChange={(event) => set('organisation', event.target.value)}
          />
        </div>
        <div className="cg-form-actions">
          <button type="submit" className="button primary">
            {submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </fieldset>
    </form>
  )
}
