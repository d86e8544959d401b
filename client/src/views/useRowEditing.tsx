import { useT } from '../i18n/useT'
import { useRef, useState } from 'react'

/**
 * Which row of a view's table has its edit form open. Closing the form puts focus back
 * on the Edit button that opened it, as a dialog would, so keyboard and screen-reader
 * users carry on where they were.
 */
export function useRowEditing<R extends { id: string }>(rows: readonly R[]) {
  const { t } = useT()
  const [editing, setEditing] = useState<string | null>(null)
  const editButtons = useRef(new Map<string, HTMLButtonElement>())
  const editingRow = rows.find((row) => row.id === editing) ?? null

  const stopEditing = (rowId: string) => {
    setEditing(null)
    requestAnimationFrame(() => editButtons.current.get(rowId)?.focus())
  }

  /** The row's Edit button; `name` completes its accessible name ("Edit Cooking skills"). */
  const editButton = (rowId: string, name: string) => (
    <button
      type="button"
      className="button small"
      ref={(element) => {
        if (element) editButtons.current.set(rowId, element)
        else editButtons.current.delete(rowId)
      }}
      aria-expanded={editing === rowId}
      onClick={() => setEditing(rowId)}
    >
      {t('common.edit')}
      <span className="visually-hidden"> {name}</span>
    </button>
  )

  return { editingRow, stopEditing, closeEditing: () => setEditing(null), editButton }
}
