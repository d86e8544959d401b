import { TableScroll } from './TableScroll'
import { useT, type UiKey } from '../i18n/useT'
import { CardStamp } from '../voting/CardStamp'
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

const COLUMNS: { key: AssetSortKey; label: UiKey }[] = [
  { key: 'title', label: 'assets.column.title' },
  { key: 'kind', label: 'assets.column.kind' },
  { key: 'heldBy', label: 'assets.column.heldBy' },
  { key: 'addedBy', label: 'assets.column.addedBy' },
]

/** Every asset card on the board as a table: sortable, filterable by kind, editable. */
export function AssetsView({ editor, assets, readOnly, userName, announce }: AssetsViewProps) {
  const { t, words } = useT()
  const id = useId()
  const [sort, setSort] = useState<{ key: AssetSortKey; direction: SortDirection }>({
    key: 'title',
    direction: 'ascending',
  })
  const [kind, setKind] = useState<AssetKind | 'all'>('all')
  const rows = sortAssets(filterAssets(assets, kind), sort.key, sort.direction)
  const { editingRow, stopEditing, closeEditing, editButton } = useRowEditing(assets)
  const caption =
    kind === 'all'
      ? t('assets.caption', { count: rows.length })
      : t('assets.captionFiltered', { count: rows.length, total: assets.length })

  return (
    <div className="cg-view" data-testid="assets-view">
      {!readOnly && (
        <AssetForm
          legend={t('add.assetTitle')}
          submitLabel={t('add.assetSubmit')}
          testId="add-asset-form"
          onSubmit={(fields) => {
            createAsset(editor, fields, userName)
            announce(t('assets.added', { title: fields.title }))
          }}
        />
      )}
      <div className="cg-form-field cg-filter">
        <label htmlFor={`${id}-kind`}>{t('assets.show')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.target.value as AssetKind | 'all')}
        >
          <option value="all">{t('assets.allKinds')}</option>
          {ASSET_KINDS.map((option) => (
            <option key={option.id} value={option.id}>
              {words.assetKind(option.id)}
            </option>
          ))}
        </select>
      </div>
      <TableScroll label={caption}>
        <table className="cg-table" data-testid="assets-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortableHeader
                  key={column.key}
                  label={t(column.label)}
                  direction={sort.key === column.key ? sort.direction : null}
                  onSort={(direction) => setSort({ key: column.key, direction })}
                />
              ))}
              <th scope="col">{t('assets.column.place')}</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={readOnly ? 5 : 6} className="cg-empty">
                  {t('assets.empty')}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id} data-testid="asset-row" data-shape-id={row.id}>
                <th scope="row">{row.title || t('assets.untitled')}</th>
                <td>{row.kindLabel}</td>
                <td>{row.heldBy}</td>
                <td>
                  {row.addedBy}
                  <CardStamp id={row.id} />
                </td>
                <td>{describePlacement(row, t, words) ?? '—'}</td>
                {!readOnly && <td className="cg-row-actions">{editButton(row.id, row.title)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {editingRow && !readOnly && (
        <div className="cg-edit">
          <AssetForm
            key={editingRow.id}
            legend={t('assets.edit', { title: editingRow.title })}
            submitLabel={t('assets.save')}
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
              announce(t('assets.saved', { title: fields.title }))
              stopEditing(editingRow.id)
            }}
            onCancel={() => stopEditing(editingRow.id)}
          />
          <button
            type="button"
            className="button danger"
            onClick={() => {
              deleteShape(editor, editingRow.id as TLShapeId)
              announce(t('assets.removed', { title: editingRow.title }))
              closeEditing()
            }}
          >
            {t('assets.remove')}
          </button>
        </div>
      )}
    </div>
  )
}
