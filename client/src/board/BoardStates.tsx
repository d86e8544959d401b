import { useT } from '../i18n/useT'
/** What the board area shows when there is no canvas to show. */

export function BoardLoading() {
  const { t } = useT()
  return (
    <div className="board-state" role="status" data-testid="board-loading">
      <span className="spinner" aria-hidden="true" />
      <p>{t('access.opening')}</p>
    </div>
  )
}

export function BoardOutdated({ message }: { message: string }) {
  const { t } = useT()
  return (
    <div className="board-state" role="alert" data-testid="board-outdated">
      <h1>{t('board.outdated.title')}</h1>
      <p>{message}</p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('board.outdated.reload')}
      </button>
    </div>
  )
}

export function BoardError({ message }: { message: string }) {
  const { t } = useT()
  return (
    <div className="board-state" role="alert" data-testid="board-error">
      <h1>{t('board.error.title')}</h1>
      <p>{message}</p>
      <a className="button primary" href="/">
        {t('common.goHome')}
      </a>
    </div>
  )
}
