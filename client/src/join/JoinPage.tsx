import { LanguagePicker } from '../i18n/LanguagePicker'
import { useT } from '../i18n/useT'
import { useId } from 'react'
import { JoinForm } from './JoinForm'
import { randomUserColor, type StoredUserDraft, type UserDetails } from './storedUser'

export interface JoinPageProps {
  draft: StoredUserDraft
  /** The board's title, so people know they are in the right place. */
  boardTitle: string
  /** Observers only look; the page says so before they join. */
  viewOnly: boolean
  onJoin: (details: UserDetails) => void
}

/** Asked once per browser, before the board opens. */
export function JoinPage({ draft, boardTitle, viewOnly, onJoin }: JoinPageProps) {
  const { t } = useT()
  const headingId = useId()
  return (
    <main className="page" aria-labelledby={headingId}>
      <LanguagePicker className="page-language" />
      <div className="card">
        <h1 id={headingId}>{t('join.title')}</h1>
        {boardTitle !== '' && (
          <p className="board-title-line" data-testid="join-board-title">
            {boardTitle}
          </p>
        )}
        {viewOnly ? <p>{t('join.viewOnly')}</p> : <p>{t('join.intro')}</p>}
        <JoinForm
          initialName={draft.name ?? ''}
          initialColor={draft.color ?? randomUserColor()}
          initialTakesPartAs={draft.takesPartAs}
          submitLabel={t('join.submit')}
          onSubmit={onJoin}
        />
        <p className="small">{t('join.remembered')}</p>
      </div>
    </main>
  )
}
