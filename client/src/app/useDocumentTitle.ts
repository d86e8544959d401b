import { useEffect } from 'react'

/** Sets the tab's title, so a participant with several tabs (or a screen reader) knows which. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} — Common Ground` : 'Common Ground'
  }, [title])
}
