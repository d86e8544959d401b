import { MessagePage } from '../app/MessagePage'
import type { BoardAccess } from '../access/boardAccess'

/** While the server is asked whether this person may open the board. */
export function AccessChecking() {
  return (
    <main className="page">
      <div className="board-state" role="status" data-testid="access-checking">
        <span className="spinner" aria-hidden="true" />
        <p>Opening the board…</p>
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
  switch (access.kind) {
    case 'needs-link':
      return (
        <MessagePage title="You need a link to join this board" testId="needs-link">
          <p>Ask the facilitator for the participant link.</p>
          <p className="small">
            If you had a link before, it may have been replaced by a new one, or this browser may
            have forgotten it.
          </p>
        </MessagePage>
      )
    case 'link-refused':
      return (
        <MessagePage title="This link does not work" testId="link-refused">
          <p>{access.message}</p>
          <p>Ask the facilitator for the current participant link.</p>
        </MessagePage>
      )
    case 'not-found':
      return (
        <MessagePage title="This board does not exist" testId="board-not-found">
          <p>
            There is no board at this address. The link may have been changed when it was copied.
            Ask the person who shared it to send it again.
          </p>
        </MessagePage>
      )
    case 'failed':
      return (
        <MessagePage title="The board could not be opened" testId="access-failed">
          <p>{access.message}</p>
          <p>
            <button type="button" className="button" onClick={onRetry}>
              Try again
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
