import { useId, useRef, useState, type FormEvent } from 'react'
import {
  ASSET_KINDS,
  MAX_SHAPE_DESCRIPTION_LENGTH,
  MAX_SHAPE_LINE_LENGTH,
  type AssetKind,
} from '@common-ground/shared'
import type { AssetFields } from './boardActions'

export const EMPTY_ASSET: AssetFields = { title: '', description: '', kind: 'skill', heldBy: '' }

export interface AssetFormProps {
  /** "Add an asset" or "Edit Cooking skills": the form's accessible name. */
  legend: string
  submitLabel: string
  initial?: AssetFields
  onSubmit: (fields: AssetFields) => void
  onCancel?: () => void
  /** Focus the first field on mount (editing); adding leaves focus where it is. */
  autoFocus?: boolean
  testId: string
}

/** Title, kind, who holds it and a description; used both to add and to edit. */
export function AssetForm({
  legend,
  submitLabel,
  initial = EMPTY_ASSET,
  onSubmit,
  onCancel,
  autoFocus = false,
  testId,
}: AssetFormProps) {
  const id = useId()
  const titleRef = useRef<HTMLInputElement>(null)
  const [fields, setFields] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const set = <K extends keyof AssetFields>(key: K, value: AssetFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const title = fields.title.trim()
    if (title === '') {
      setError('Please give the asset a title.')
      titleRef.current?.focus()
      return
    }
    setError(null)
    onSubmit({
      ...fields,
      title,
      heldBy: fields.heldBy.trim(),
      description: fields.description.trim(),
    })
    if (!onCancel) {
      // Adding: ready for the next one, typing where the last one started.
      setFields(initial)
      titleRef.current?.focus()
    }
  }

  return (
    <form className="cg-form" onSubmit={submit} noValidate data-testid={testId}>
      <fieldset>
        <legend>{legend}</legend>
        <div className="cg-form-field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            ref={titleRef}
            id={`${id}-title`}
            type="text"
            autoFocus={autoFocus}
            maxLength={MAX_SHAPE_LINE_LENGTH}
            value={fields.title}
            onChange={(event) => set('title', event.target.value)}
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
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={fields.kind}
            onChange={(event) => set('kind', event.target.value as AssetKind)}
          >
            {ASSET_KINDS.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kind.label}
              </option>
            ))}
          </select>
        </div>
        <div className="cg-form-field">
          <label htmlFor={`${id}-held`}>Held by</label>
          <input
            id={`${id}-held`}
            type="text"
            maxLength={MAX_SHAPE_LINE_LENGTH}
            value={fields.heldBy}
            onChange={(event) => set('heldBy', event.target.value)}
          />
        </div>
        <div className="cg-form-field">
          <label htmlFor={`${id}-description`}>Description (optional)</label>
          <textarea
            id={`${id}-description`}
            rows={2}
            maxLength={MAX_SHAPE_DESCRIPTION_LENGTH}
            value={fields.description}
            onChange={(event) => set('description', event.target.value)}
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
