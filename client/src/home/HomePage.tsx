import { useDocumentTitle } from '../app/useDocumentTitle'
import { NewBoardForm } from './NewBoardForm'
import { OpenBoardForm } from './OpenBoardForm'

export function HomePage() {
  useDocumentTitle(null)
  return (
    <main className="page home">
      <div className="card">
        <h1>Common Ground</h1>
        <p className="lead">Map the assets, networks and roles of co-production together.</p>
        <p>
          A shared board for workshops where professionals and the people who use a service plan and
          deliver it as equals. Nobody needs an account: start a board, share its link, and everyone
          adds to it at the same time, from a laptop or a phone.
        </p>
        <NewBoardForm />
        <OpenBoardForm />
      </div>
    </main>
  )
}
