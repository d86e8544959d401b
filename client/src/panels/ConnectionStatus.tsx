import { useT } from '../i18n/useT'
import type { ConnectionState } from '../sync/useBoardSync'

/**
 * Always on screen, announced politely when it changes. Each state has its own words and
 * its own dot shape, so it reads without colour.
 */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
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
    </div>
  )
}
