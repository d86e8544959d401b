import { useSyncExternalStore } from 'react'
import { notices } from './notices'

/** Shows posted notices; each is an alert, so screen readers read it out when it appears. */
export function Notices() {
  const list = useSyncExternalStore(notices.subscribe, notices.list)
  if (list.length === 0) return null
  return (
    <div className="notices">
      {list.map((notice) => (
        <div key={notice.id} className="notice" role="alert" data-testid="notice">
          <p>{notice.message}</p>
          <button
            type="button"
            className="button quiet"
            aria-label="Dismiss message"
            onClick={() => notices.dismiss(notice.id)}
          >
            OK
          </button>
        </div>
      ))}
    </div>
  )
}
