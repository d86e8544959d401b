import { useT } from '../i18n/useT'
import { TableScroll } from './TableScroll'
import { useId } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { PersonForm } from './PersonForm'
import { ConnectionsSection } from './ConnectionsSection'
import { deleteShape, updatePerson } from './boardActions'
import { countByTakesPart, type BoardModel } from './derive'
import { AddPersonControls } from './AddPersonControls'
import type { Participant } from './participant'
import { useRowEditing } from './useRowEditing'

export interface PeopleViewProps {
  editor: Editor
  model: BoardModel
  readOnly: boolean
  participant: Participant
  announce: (message: string) => void
}

/** The network: each person with their connections, the isolated ones, and who takes part how. */
export function PeopleView({ editor, model, readOnly, participant, announce }: PeopleViewProps) {
  const { t, words } = useT()
  const id = useId()
  const { editingRow, stopEditing, closeEditing, editButton } = useRowEditing(model.people)
  const counts = countByTakesPart(model.people, words)

  return (
    <div className="cg-view" data-testid="people-view">
      {!readOnly && (
        <AddPersonControls editor={editor} participant={participant} announce={announce} />
      )}
      <TableScroll label={t('peopleView.caption', { count: model.people.length })}>
        <table className="cg-table" data-testid="people-table">
          <caption>{t('peopleView.caption', { count: model.people.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('peopleView.column.name')}</th>
              <th scope="col">{t('peopleView.column.takesPartAs')}</th>
              <th scope="col">{t('peopleView.column.organisation')}</th>
              <th scope="col">{t('peopleView.column.connections')}</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {model.people.length === 0 && (
              <tr>
                <td colSpan={readOnly ? 4 : 5} className="cg-empty">
                  {t('peopleView.empty')}
                </td>
              </tr>
            )}
            {model.people.map((person) => (
              <tr key={person.id} data-testid="person-row" data-shape-id={person.id}>
                <th scope="row">{person.label}</th>
                <td>{person.takesPartAsLabel}</td>
                <td>{person.organisation}</td>
                <td>
                  {person.isolated ? (
                    <span className="badge small-badge" data-testid="isolated">
                      {t('peopleView.isolated')}
                    </span>
                  ) : (
                    <>
                      {person.connections.length}
                      <ul className="cg-connection-list">
                        {person.connections.map((connection) => (
                          <li key={connection.id}>{connection.text}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
                {!readOnly && (
                  <td className="cg-row-actions">{editButton(person.id, person.label)}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {editingRow && !readOnly && (
        <div className="cg-edit">
          <PersonForm
            key={editingRow.id}
            legend={t('peopleView.edit', { label: editingRow.label })}
            submitLabel={t('peopleView.save')}
            testId="edit-person-form"
            autoFocus
            initial={{
              label: editingRow.label,
              takesPartAs: editingRow.takesPartAs,
              organisation: editingRow.organisation,
            }}
            onSubmit={(fields) => {
              updatePerson(editor, editingRow.id as TLShapeId, fields)
              announce(t('peopleView.saved', { label: fields.label }))
              stopEditing(editingRow.id)
            }}
            onCancel={() => stopEditing(editingRow.id)}
          />
          <button
            type="button"
            className="button danger"
            onClick={() => {
              deleteShape(editor, editingRow.id as TLShapeId)
              announce(t('peopleView.removed', { label: editingRow.label }))
              closeEditing()
            }}
          >
            {t('peopleView.remove')}
          </button>
        </div>
      )}
      <table className="cg-table cg-counts" aria-labelledby={`${id}-counts`}>
        <caption id={`${id}-counts`}>{t('peopleView.counts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('peopleView.column.takesPartAs')}</th>
            <th scope="col">{t('peopleView.countsPeople')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{entry.label}</th>
              <td>{entry.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConnectionsSection editor={editor} model={model} readOnly={readOnly} announce={announce} />
    </div>
  )
}
