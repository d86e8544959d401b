import { useT } from '../i18n/useT'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { roleFromJoin } from '../shapes/takesPartAs'
import { createPerson, ownPersonCard } from './boardActions'
import type { Participant } from './participant'
import { PersonForm } from './PersonForm'

/**
 * "Add myself" (one press: a person card from the name and answer given when joining)
 * and a form for anyone else.
 */
export function AddPersonControls({
  editor,
  participant,
  announce,
}: {
  editor: Editor
  participant: Participant
  announce: (message: string) => void
}) {
  const { t } = useT()
  const own = useValue('own person card', () => ownPersonCard(editor, participant.id), [
    editor,
    participant.id,
  ])
  return (
    <>
      <div className="cg-add-myself">
        {own === null ? (
          <button
            type="button"
            className="button primary"
            data-testid="add-myself"
            onClick={() => {
              addMyself(editor, participant)
              announce(t('peopleView.youAdded', { name: participant.name }))
            }}
          >
            {t('peopleView.addMyself')}
          </button>
        ) : (
          <p className="hint">{t('peopleView.youAreOn', { label: labelOf(editor, own) })}</p>
        )}
      </div>
      <PersonForm
        legend={t('peopleView.addLegend')}
        submitLabel={t('add.personSubmit')}
        testId="add-person-form"
        onSubmit={(fields) => {
          createPerson(editor, fields)
          announce(t('peopleView.added', { label: fields.label }))
        }}
      />
    </>
  )
}

export function addMyself(editor: Editor, participant: Participant): TLShapeId {
  return createPerson(
    editor,
    {
      label: participant.name,
      takesPartAs: roleFromJoin(participant.takesPartAs),
      organisation: '',
    },
    participant.id,
  )
}

function labelOf(editor: Editor, id: TLShapeId): string {
  const shape = editor.getShape(id)
  return shape?.type === 'cg-person' ? shape.props.label : ''
}
