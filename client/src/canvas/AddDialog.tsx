import { useEffect, useId, useRef, type ReactNode } from 'react'

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
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
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
