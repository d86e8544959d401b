import type { ReactNode } from 'react'

/**
 * The box a table scrolls sideways in when it is wider than the panel (on a phone, the
 * People and Assets tables are). It can take the focus so the arrow keys scroll it, and
 * is a region named like its table, so a screen reader says what the stop is (axe:
 * scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="cg-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
