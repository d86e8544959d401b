import { BoardPage } from '../board/BoardPage'
import { HomePage } from '../home/HomePage'
import { MessagePage } from './MessagePage'
import { usePathname } from './navigation'
import { parseRoute } from './routes'

export function App() {
  const route = parseRoute(usePathname())
  switch (route.kind) {
    case 'home':
      return <HomePage />
    case 'board':
      // Keyed so moving to another board starts a fresh session.
      return <BoardPage key={route.boardId} boardId={route.boardId} />
    case 'invalid-board':
      return (
        <MessagePage title="This board address is not right" testId="invalid-board">
          <p>
            The link you followed does not point to a board. It may have been cut short or changed
            when it was copied. Ask the person who shared it to send it again.
          </p>
        </MessagePage>
      )
    case 'not-found':
      return (
        <MessagePage title="Page not found" testId="not-found">
          <p>There is nothing at this address.</p>
        </MessagePage>
      )
    default: {
      const unhandled: never = route
      throw new Error(`Unknown route: ${JSON.stringify(unhandled)}`)
    }
  }
}
