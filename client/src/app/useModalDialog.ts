import { useEffect, useRef } from 'react'

/**
 * The ref for a native `<dialog>` shown modal while its component is mounted: the browser
 * traps focus, closes it on Escape and gives focus back to what opened it. Closed again
 * when the component unmounts.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return ref
}
