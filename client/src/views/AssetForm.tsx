import { useT } from '../i18n/useT'
import {
  ASSET_KINDS,
  MAX_SHAPE_DESCRIPTION_LENGTH,
  MAX_SHAPE_LINE_LENGTH,
  type AssetKind,
} from '@common-ground/shared'
import type { AssetFields } from './boardActions'
import { RequiredTextField, ShapeFormFrame, useShapeForm } from './ShapeForm'

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
  const { t, words } = useT()
  const { id, fields, set, error, requiredRef, submit } = useShapeForm({
    initial,
    required: 'title',
    missingMessage: t('form.assetMissing'),
    tidy: (fields) => ({
      ...fields,
      title: fields.title.trim(),
      heldBy: fields.heldBy.trim(),
      description: fields.description.trim(),
    }),
    onSubmit,
    onCancel,
  })

  return (
    <ShapeFormFrame
      legend={legend}
      submitLabel={submitLabel}
      onSubmit={submit}
      onCancel={onCancel}
      testId={testId}
    >
      <RequiredTextField
        id={`${id}-title`}
        label={t('form.title')}
        inputRef={requiredRef}
        value={fields.title}
        onChange={(value) => set('title', value)}
        error={error}
        autoFocus={autoFocus}
      />
      <div className="cg-form-field">
        <label htmlFor={`${id}-kind`}>{t('form.kind')}</label>
        <select
          id={`${id}-kind`}
          value={fields.kind}
          onChange={(event) => set('kind', event.target.value as AssetKind)}
        >
          {ASSET_KINDS.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {words.assetKind(kind.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="cg-form-field">
        <label htmlFor={`${id}-held`}>{t('form.heldBy')}</label>
        <input
          id={`${id}-held`}
          type="text"
          maxLength={MAX_SHAPE_LINE_LENGTH}
          value={fields.heldBy}
          onChange={(event) => set('heldBy', event.target.value)}
        />
      </div>
      <div className="cg-form-field">
        <label htmlFor={`${id}-description`}>{t('form.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          maxLength={MAX_SHAPE_DESCRIPTION_LENGTH}
          value={fields.description}
          onChange={(event) => set('description', event.target.value)}
        />
      </div>
    </ShapeFormFrame>
  )
}
