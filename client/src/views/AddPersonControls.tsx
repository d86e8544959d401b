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
              announce(`You (${participant.name}) are on the map.`)
            }}
          >
            Add myself to the map
          </button>
        ) : (
          <p className="hint">You are on the map as “{labelOf(editor, own)}”.</p>
        )}
      </div>
      <PersonForm
        legend="Add a person or group"
        submitLabel="Add person"
        testId="add-person-form"
        onSubmit={(fields) => {
          createPerson(editor, fields)
          announce(`“${fields.label}” added to the board.`)
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
