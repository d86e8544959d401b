import { useId } from 'react'
import { JoinForm } from './JoinForm'
import { randomUserColor, type StoredUserDraft } from './storedUser'
import type { UserColor } from './userColors'

export interface JoinPageProps {
  draft: StoredUserDraft
  onJoin: (name: string, color: UserColor) => void
}

/** Asked once per browser, before the board opens. */
export function JoinPage({ draft, onJoin }: JoinPageProps) {
  const headingId = useId()
  return (
    <main className="page" aria-labelledby={headingId}>
      <div className="card">
        <h1 id={headingId}>Join the board</h1>
        <p>
          You are about to join a shared board. Everyone here can see and change it, and
          everyone&rsquo;s ideas count the same.
        </p>
        <JoinForm
          initialName={draft.name ?? ''}
          initialColor={draft.color ?? randomUserColor()}
          submitLabel="Join board"
          onSubmit={onJoin}
        />
        <p className="small">
          Your name and colour are remembered on this device only. You can change them later.
        </p>
      </div>
    </main>
  )
}
