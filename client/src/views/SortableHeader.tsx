import { useT } from '../i18n/useT'
import type { SortDirection } from './derive'

/**
 * A column header that sorts its table: the button says what a press will do, and
 * `aria-sort` on the header tells a screen reader how the column is sorted now.
 */
export function SortableHeader({
  label,
  direction,
  onSort,
}: {
  label: string
  direction: SortDirection | null
  onSort: (direction: SortDirection) => void
}) {
  const { t } = useT()
  const next: SortDirection = direction === 'ascending' ? 'descending' : 'ascending'
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <button type="button" className="cg-sort" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true" className="cg-sort-mark">
          {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ' ↕'}
        </span>
        <span className="visually-hidden">{t(`sort.${next}`)}</span>
      </button>
    </th>
  )
}
