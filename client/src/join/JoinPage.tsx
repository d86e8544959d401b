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
  const headingId = useId()
  return (
    <main className="page" aria-labelledby={headingId}>
      <div className="card">
        <h1 id={headingId}>Join the board</h1>
        {boardTitle !== '' && (
          <p className="board-title-line" data-testid="join-board-title">
            {boardTitle}
          </p>
        )}
        {viewOnly ? (
          <p>
            Your link lets you watch this board as it changes. You can see everything, but not
            change it.
          </p>
        ) : (
          <p>
            You are about to join a shared board. Everyone here can see and change it, and
            everyone&rsquo;s ideas count the same.
          </p>
        )}
        <JoinForm
          initialName={draft.name ?? ''}
          initialColor={draft.color ?? randomUserColor()}
          initialTakesPartAs={draft.takesPartAs}
          submitLabel="Join board"
          onSubmit={onJoin}
        />
        <p className="small">
          Your answers are remembered on this device only. You can change them later.
        </p>
      </div>
    </main>
  )
}
