import { useId, useState, type FormEvent } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { relationLabel, RELATIONS, type RelationId } from '@common-ground/shared'
import { createConnection, deleteShape, setRelation } from './boardActions'
import type { BoardModel } from './derive'

/** Who knows, supports, funds... whom: a table of connections and a form to add one. */
export function ConnectionsSection({
  editor,
  model,
  readOnly,
  announce,
}: {
  editor: Editor
  model: BoardModel
  readOnly: boolean
  announce: (message: string) => void
}) {
  const id = useId()
  const ends = [
    ...model.people.map((person) => ({ id: person.id, label: `${person.label} (person)` })),
    ...model.assets.map((asset) => ({
      id: asset.id,
      label: `${asset.title || 'Untitled asset'} (asset)`,
    })),
  ]
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [relation, setRelationChoice] = useState<RelationId>('knows')
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const start = ends.find((end) => end.id === from)
    const end = ends.find((option) => option.id === to)
    if (!start || !end || start.id === end.id) {
      setError('Choose two different people or assets to connect.')
      return
    }
    setError(null)
    createConnection(editor, start.id as TLShapeId, end.id as TLShapeId, relation)
    announce(`Connection added: ${start.label} ${relationLabel(relation)} ${end.label}.`)
  }

  return (
    <section className="cg-connections" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Connections ({model.connections.length})</h3>
      {!readOnly && (
        <form className="cg-form" onSubmit={submit} noValidate data-testid="add-connection-form">
          <fieldset>
            <legend>Add a connection</legend>
            {ends.length < 2 ? (
              <p className="hint">Add at least two people or assets to connect them.</p>
            ) : (
              <>
                <EndSelect
                  id={`${id}-from`}
                  label="From"
                  value={from}
                  onChange={setFrom}
                  ends={ends}
                />
                <div className="cg-form-field">
                  <label htmlFor={`${id}-relation`}>Relation</label>
                  <select
                    id={`${id}-relation`}
                    value={relation}
                    onChange={(event) => setRelationChoice(event.target.value as RelationId)}
                  >
                    {RELATIONS.map((option) => (
                      <option key={option.id} value={option.id}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </div>
                <EndSelect id={`${id}-to`} label="To" value={to} onChange={setTo} ends={ends} />
                {error !== null && (
                  <p className="field-error" role="alert">
                    {error}
                  </p>
                )}
                <div className="cg-form-actions">
                  <button type="submit" className="button primary">
                    Add connection
                  </button>
                </div>
              </>
            )}
          </fieldset>
        </form>
      )}
      <div className="cg-table-wrap">
        <table className="cg-table" data-testid="connections-table">
          <caption className="visually-hidden">Connections</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Relation</th>
              <th scope="col">To</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {model.connections.length === 0 && (
              <tr>
                <td colSpan={readOnly ? 3 : 4} className="cg-empty">
                  No connections yet. Draw an arrow from one card to another, or add one here.
                </td>
              </tr>
            )}
            {model.connections.map((connection) => (
              <tr key={connection.arrowId} data-testid="connection-row">
                <td>{connection.fromLabel}</td>
                <td>
                  {readOnly ? (
                    connection.relationLabel || 'not said'
                  ) : (
                    <select
                      aria-label={`Relation: ${connection.fromLabel} to ${connection.toLabel}`}
                      value={connection.relation ?? ''}
                      onChange={(event) =>
                        setRelation(
                          editor,
                          connection.arrowId as TLShapeId,
                          event.target.value as RelationId,
                        )
                      }
                    >
                      {connection.relation === null && <option value="">Choose…</option>}
                      {RELATIONS.map((option) => (
                        <option key={option.id} value={option.id}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>{connection.toLabel}</td>
                {!readOnly && (
                  <td className="cg-row-actions">
                    <button
                      type="button"
                      className="button small"
                      onClick={() => {
                        deleteShape(editor, connection.arrowId as TLShapeId)
                        announce('Connection removed.')
                      }}
                    >
                      Remove
                      <span className="visually-hidden">
                        {' '}
                        connection {connection.fromLabel} to {connection.toLabel}
                      </span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function EndSelect({
  id,
  label,
  value,
  onChange,
  ends,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  ends: { id: string; label: string }[]
}) {
  return (
    <div className="cg-form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose…</option>
        {ends.map((end) => (
          <option key={end.id} value={end.id}>
            {end.label}
          </option>
        ))}
      </select>
    </div>
  )
}
