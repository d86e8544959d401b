import type { ConnectionState } from '../sync/useBoardSync'

const LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Offline — your edits are kept and will sync',
}

/**
 * Always on screen, announced politely when it changes. Each state has its own words and
 * its own dot shape, so it reads without colour.
 */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  return (
    <div
      className={`connection connection-${state}`}
      role="status"
      aria-live="polite"
      data-testid="connection-status"
      data-state={state}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-text">{LABELS[state]}</span>
    </div>
  )
}
