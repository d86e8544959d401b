import { useT } from '../i18n/useT'
import { TableScroll } from './TableScroll'
import { useId, useState, type FormEvent } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { RELATIONS, type RelationId } from '@common-ground/shared'
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
  const { t, words } = useT()
  const id = useId()
  const ends = [
    ...model.people.map((person) => ({
      id: person.id,
      label: t('connections.personEnd', { label: person.label }),
    })),
    ...model.assets.map((asset) => ({
      id: asset.id,
      label: t('connections.assetEnd', { label: asset.title || t('assets.untitled') }),
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
      setError(t('connections.chooseTwo'))
      return
    }
    setError(null)
    createConnection(editor, start.id as TLShapeId, end.id as TLShapeId, relation)
    announce(
      t('connections.added', {
        from: start.label,
        relation: words.relation(relation),
        to: end.label,
      }),
    )
  }

  return (
    <section className="cg-connections" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('connections.heading', { count: model.connections.length })}</h3>
      {!readOnly && (
        <form className="cg-form" onSubmit={submit} noValidate data-testid="add-connection-form">
          <fieldset>
            <legend>{t('connections.addLegend')}</legend>
            {ends.length < 2 ? (
              <p className="hint">{t('connections.needTwo')}</p>
            ) : (
              <>
                <EndSelect
                  id={`${id}-from`}
                  label={t('connections.from')}
                  value={from}
                  onChange={setFrom}
                  ends={ends}
                />
                <div className="cg-form-field">
                  <label htmlFor={`${id}-relation`}>{t('connections.relation')}</label>
                  <select
                    id={`${id}-relation`}
                    value={relation}
                    onChange={(event) => setRelationChoice(event.target.value as RelationId)}
                  >
                    {RELATIONS.map((option) => (
                      <option key={option.id} value={option.id}>
                        {words.relation(option.id)}
                      </option>
                    ))}
                  </select>
                </div>
                <EndSelect
                  id={`${id}-to`}
                  label={t('connections.to')}
                  value={to}
                  onChange={setTo}
                  ends={ends}
                />
                {error !== null && (
                  <p className="field-error" role="alert">
                    {error}
                  </p>
                )}
                <div className="cg-form-actions">
                  <button type="submit" className="button primary">
                    {t('connections.submit')}
                  </button>
                </div>
              </>
            )}
          </fieldset>
        </form>
      )}
      <TableScroll label={t('connections.caption')}>
        <table className="cg-table" data-testid="connections-table">
          <caption className="visually-hidden">{t('connections.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('connections.from')}</th>
              <th scope="col">{t('connections.relation')}</th>
              <th scope="col">{t('connections.to')}</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {model.connections.length === 0 && (
              <tr>
                <td colSpan={readOnly ? 3 : 4} className="cg-empty">
                  {t('connections.empty')}
                </td>
              </tr>
            )}
            {model.connections.map((connection) => (
              <tr key={connection.arrowId} data-testid="connection-row">
                <td>{connection.fromLabel}</td>
                <td>
                  {readOnly ? (
                    connection.relationLabel || t('connections.notSaid')
                  ) : (
                    <select
                      aria-label={t('connections.relationOf', {
                        from: connection.fromLabel,
                        to: connection.toLabel,
                      })}
                      value={connection.relation ?? ''}
                      onChange={(event) =>
                        setRelation(
                          editor,
                          connection.arrowId as TLShapeId,
                          event.target.value as RelationId,
                        )
                      }
                    >
                      {connection.relation === null && (
                        <option value="">{t('common.choose')}</option>
                      )}
                      {RELATIONS.map((option) => (
                        <option key={option.id} value={option.id}>
                          {words.relation(option.id)}
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
                        announce(t('connections.removed'))
                      }}
                    >
                      {t('common.remove')}
                      <span className="visually-hidden">
                        {' '}
                        {t('connections.removeNamed', {
                          from: connection.fromLabel,
                          to: connection.toLabel,
                        })}
                      </span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
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
  const { t } = useT()
  return (
    <div className="cg-form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.choose')}</option>
        {ends.map((end) => (
          <option key={end.id} value={end.id}>
            {end.label}
          </option>
        ))}
      </select>
    </div>
  )
}
