import { MessagePage } from '../app/MessagePage'
import { useT } from '../i18n/useT'
import type { BoardAccess } from '../access/boardAccess'

/** While the server is asked whether this person may open the board. */
export function AccessChecking() {
  const { t } = useT()
  return (
    <main className="page">
      <div className="board-state" role="status" data-testid="access-checking">
        <span className="spinner" aria-hidden="true" />
        <p>{t('access.opening')}</p>
      </div>
    </main>
  )
}

/** Why the board cannot be opened, in plain words, and what to do about it. */
export function AccessProblem({
  access,
  onRetry,
}: {
  access: Exclude<BoardAccess, { kind: 'granted' }>
  onRetry: () => void
}) {
  const { t } = useT()
  switch (access.kind) {
    case 'needs-link':
      return (
        <MessagePage title={t('access.needsLink.title')} testId="needs-link">
          <p>{t('access.needsLink.body')}</p>
          <p className="small">{t('access.needsLink.detail')}</p>
        </MessagePage>
      )
    case 'link-refused':
      return (
        <MessagePage title={t('access.refused.title')} testId="link-refused">
          <p>{access.message}</p>
          <p>{t('access.refused.body')}</p>
        </MessagePage>
      )
    case 'not-found':
      return (
        <MessagePage title={t('access.notFound.title')} testId="board-not-found">
          <p>{t('access.notFound.body')}</p>
        </MessagePage>
      )
    case 'failed':
      return (
        <MessagePage title={t('access.failed.title')} testId="access-failed">
          <p>{access.message}</p>
          <p>
            <button type="button" className="button" onClick={onRetry}>
              {t('common.tryAgain')}
            </button>
          </p>
        </MessagePage>
      )
    default: {
      const unhandled: never = access
      throw new Error(`Unknown access: ${JSON.stringify(unhandled)}`)
    }
  }
}
