import { useId, useState } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { ASSET_KINDS, type AssetEntry, type AssetKind } from '@common-ground/shared'
import { describePlacement } from '../shapes/placement'
import { AssetForm } from './AssetForm'
import { createAsset, deleteShape, updateAsset } from './boardActions'
import { filterAssets, sortAssets, type AssetSortKey, type SortDirection } from './derive'
import { SortableHeader } from './SortableHeader'
import { useRowEditing } from './useRowEditing'

export interface AssetsViewProps {
  editor: Editor
  assets: readonly AssetEntry[]
  readOnly: boolean
  userName: string
  announce: (message: string) => void
}

const COLUMNS: { key: AssetSortKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'kind', label: 'Kind' },
  { key: 'heldBy', label: 'Held by' },
  { key: 'addedBy', label: 'Added by' },
]

/** Every asset card on the board as a table: sortable, filterable by kind, editable. */
export function AssetsView({ editor, assets, readOnly, userName, announce }: AssetsViewProps) {
  const id = useId()
  const [sort, setSort] = useState<{ key: AssetSortKey; direction: SortDirection }>({
    key: 'title',
    direction: 'ascending',
  })
  const [kind, setKind] = useState<AssetKind | 'all'>('all')
  const rows = sortAssets(filterAssets(assets, kind), sort.key, sort.direction)
  const { editingRow, stopEditing, closeEditing, editButton } = useRowEditing(assets)

  return (
    <div className="cg-view" data-testid="assets-view">
      {!readOnly && (
        <AssetForm
          legend="Add an asset"
          submitLabel="Add asset"
          testId="add-asset-form"
          onSubmit={(fields) => {
            createAsset(editor, fields, userName)
            announce(`Asset “${fields.title}” added to the board.`)
          }}
        />
      )}
      <div className="cg-form-field cg-filter">
        <label htmlFor={`${id}-kind`}>Show</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.target.value as AssetKind | 'all')}
        >
          <option value="all">All kinds</option>
          {ASSET_KINDS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="cg-table-wrap">
        <table className="cg-table" data-testid="assets-table">
          <caption>
            Assets ({rows.length}
            {kind === 'all' ? '' : ` of ${assets.length}`})
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortableHeader
                  key={column.key}
                  label={column.label}
                  direction={sort.key === column.key ? sort.direction : null}
                  onSort={(direction) => setSort({ key: column.key, direction })}
                />
              ))}
              <th scope="col">Place</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={readOnly ? 5 : 6} className="cg-empty">
                  No assets yet.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id} data-testid="asset-row" data-shape-id={row.id}>
                <th scope="row">{row.title || 'Untitled asset'}</th>
                <td>{row.kindLabel}</td>
                <td>{row.heldBy}</td>
                <td>{row.addedBy}</td>
                <td>{describePlacement(row) ?? '—'}</td>
                {!readOnly && <td className="cg-row-actions">{editButton(row.id, row.title)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editingRow && !readOnly && (
        <div className="cg-edit">
          <AssetForm
            key={editingRow.id}
            legend={`Edit asset “${editingRow.title}”`}
            submitLabel="Save asset"
            testId="edit-asset-form"
            autoFocus
            initial={{
              title: editingRow.title,
              description: editingRow.description,
              kind: editingRow.kind,
              heldBy: editingRow.heldBy,
            }}
            onSubmit={(fields) => {
              updateAsset(editor, editingRow.id as TLShapeId, fields)
              announce(`Asset “${fields.title}” saved.`)
              stopEditing(editingRow.id)
            }}
            onCancel={() => stopEditing(editingRow.id)}
          />
          <button
            type="button"
            className="button danger"
            onClick={() => {
              deleteShape(editor, editingRow.id as TLShapeId)
              announce(`Asset “${editingRow.title}” removed from the board.`)
              closeEditing()
            }}
          >
            Remove this asset
          </button>
        </div>
      )}
    </div>
  )
}
