import { BoardPage } from '../board/BoardPage'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { useT } from '../i18n/useT'
import { HomePage } from '../home/HomePage'
import { MessagePage } from './MessagePage'
import { usePathname } from './navigation'
import { parseRoute } from './routes'

export function App() {
  const route = parseRoute(usePathname())
  const { t } = useT()
  useDocumentLanguage()
  switch (route.kind) {
    case 'home':
      return <HomePage />
    case 'board':
      // Keyed so moving to another board starts a fresh session.
      return <BoardPage key={route.boardId} boardId={route.boardId} />
    case 'invalid-board':
      return (
        <MessagePage title={t('page.invalidBoard.title')} testId="invalid-board">
          <p>{t('page.invalidBoard.body')}</p>
        </MessagePage>
      )
    case 'not-found':
      return (
        <MessagePage title={t('page.notFound.title')} testId="not-found">
          <p>{t('page.notFound.body')}</p>
        </MessagePage>
      )
    default: {
      const unhandled: never = route
      throw new Error(`Unknown route: ${JSON.stringify(unhandled)}`)
    }
  }
}
