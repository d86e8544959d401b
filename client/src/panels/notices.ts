/**
 * Messages for the participant that are not tied to one form field: a file that could
 * not be added, a link that could not be copied. Any code may post one; `Notices`
 * shows them in a live region so screen readers announce them too.
 */
export interface Notice {
  id: number
  message: string
}

type Listener = () => void

export interface NoticeCenter {
  post(message: string): number
  dismiss(id: number): void
  list(): readonly Notice[]
  subscribe(listener: Listener): () => void
}

/** Notices disappear on their own after this long, or when dismissed. */
export const NOTICE_LIFETIME_MS = 10_000
/** Older notices drop off so a burst of failures cannot fill the screen. */
export const MAX_NOTICES = 3

export function createNoticeCenter(
  schedule: (run: () => void, ms: number) => void = (run, ms) => void setTimeout(run, ms),
): NoticeCenter {
  let notices: readonly Notice[] = []
  let nextId = 1
  const listeners = new Set<Listener>()

  const set = (next: readonly Notice[]) => {
    notices = next
    for (const listener of listeners) listener()
  }

  const center: NoticeCenter = {
    post(message) {
      const id = nextId++
      // The same message twice in a row (two files too large) shows once.
      const rest = notices.filter((notice) => notice.message !== message)
      set([...rest, { id, message }].slice(-MAX_NOTICES))
      schedule(() => center.dismiss(id), NOTICE_LIFETIME_MS)
      return id
    },
    dismiss(id) {
      if (notices.some((notice) => notice.id === id)) {
        set(notices.filter((notice) => notice.id !== id))
      }
    },
    list: () => notices,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return center
}

/** The page's notices. */
export const notices = createNoticeCenter()
