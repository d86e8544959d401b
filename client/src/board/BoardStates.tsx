/** What the board area shows when there is no canvas to show. */

export function BoardLoading() {
  return (
    <div className="board-state" role="status" data-testid="board-loading">
      <span className="spinner" aria-hidden="true" />
      <p>Opening the board…</p>
    </div>
  )
}

export function BoardOutdated({ message }: { message: string }) {
  return (
    <div className="board-state" role="alert" data-testid="board-outdated">
      <h1>This page needs reloading</h1>
      <p>{message}</p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  )
}

export function BoardError({ message }: { message: string }) {
  return (
    <div className="board-state" role="alert" data-testid="board-error">
      <h1>The board could not be opened</h1>
      <p>{message}</p>
      <a className="button primary" href="/">
        Go to the home page
      </a>
    </div>
  )
}
