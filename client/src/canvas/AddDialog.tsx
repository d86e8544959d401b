import { useId, type ReactNode } from 'react'
import { useModalDialog } from '../app/useModalDialog'

/**
 * A native modal `<dialog>` for adding to the canvas: the browser traps focus, closes on
 * Escape and gives focus back to the button that opened it. Mounted only while open.
 */
export function AddDialog({
  title,
  onClose,
  children,
  testId,
}: {
  title: string
  onClose: () => void
  children: ReactNode
  testId: string
}) {
  const ref = useModalDialog()
  const headingId = useId()
  return (
    <dialog
      ref={ref}
      className="dialog add-dialog"
      aria-labelledby={headingId}
      data-testid={testId}
      onClose={onClose}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </dialog>
  )
}
