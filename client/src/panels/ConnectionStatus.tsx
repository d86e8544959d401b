import { useT } from '../i18n/useT'
import type { ConnectionState } from '../sync/useBoardSync'

/**
 * Always on screen, announced politely when it changes. Each state has its own words and
 * its own dot shape, so it reads without colour. While edits wait to be sent (offline,
 * or reconnecting), it says how many.
 */
export function ConnectionStatus({
  state,
  pending = 0,
}: {
  state: ConnectionState
  pending?: number
}) {
  const { t } = useT()
  return (
    <div
      className={`connection connection-${state}`}
      role="status"
      aria-live="polite"
      data-testid="connection-status"
      data-state={state}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-text">{t(`connection.${state}`)}</span>
      {pending > 0 && state !== 'live' && (
        <span className="connection-pending" data-testid="pending-changes" data-count={pending}>
          {t('connection.pending', { count: pending })}
        </span>
      )}
    </div>
  )
}
