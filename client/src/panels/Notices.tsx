import { useT } from '../i18n/useT'
import { useSyncExternalStore } from 'react'
import { notices } from './notices'

/** Shows posted notices; each is an alert, so screen readers read it out when it appears. */
export function Notices() {
  const { t } = useT()
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
            aria-label={t('common.dismiss')}
            onClick={() => notices.dismiss(notice.id)}
          >
            {t('common.ok')}
          </button>
        </div>
      ))}
    </div>
  )
}
