import { useT } from '../i18n/useT'
import { MAX_SHAPE_LINE_LENGTH, PERSON_ROLES, type PersonRole } from '@common-ground/shared'
import type { PersonFields } from './boardActions'
import { RequiredTextField, ShapeFormFrame, useShapeForm } from './ShapeForm'

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
  const { t, words } = useT()
  const { id, fields, set, error, requiredRef, submit } = useShapeForm({
    initial,
    required: 'label',
    missingMessage: t('form.personMissing'),
    tidy: (fields) => ({
      ...fields,
      label: fields.label.trim(),
      organisation: fields.organisation.trim(),
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
        id={`${id}-name`}
        label={t('form.name')}
        inputRef={requiredRef}
        value={fields.label}
        onChange={(value) => set('label', value)}
        error={error}
        autoFocus={autoFocus}
      />
      <div className="cg-form-field">
        <label htmlFor={`${id}-role`}>{t('form.takesPartAs')}</label>
        <select
          id={`${id}-role`}
          value={fields.takesPartAs}
          onChange={(event) => set('takesPartAs', event.target.value as PersonRole)}
        >
          {PERSON_ROLES.map((role) => (
            <option key={role.id} value={role.id}>
              {words.role(role.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="cg-form-field">
        <label htmlFor={`${id}-organisation`}>{t('form.organisation')}</label>
        <input
          id={`${id}-organisation`}
          type="text"
          maxLength={MAX_SHAPE_LINE_LENGTH}
          value={fields.organisation}
          onChange={(event) => set('organisation', event.target.value)}
        />
      </div>
    </ShapeFormFrame>
  )
}
