import { useDocumentTitle } from '../app/useDocumentTitle'
import { LanguagePicker } from '../i18n/LanguagePicker'
import { useT } from '../i18n/useT'
import { NewBoardForm } from './NewBoardForm'
import { OpenBoardForm } from './OpenBoardForm'

export function HomePage() {
  const { t } = useT()
  useDocumentTitle(null)
  return (
    <main className="page home">
      <LanguagePicker className="page-language" />
      <div className="card">
        <h1>Common Ground</h1>
        <p className="lead">{t('home.lead')}</p>
        <p>{t('home.about')}</p>
        <NewBoardForm />
        <OpenBoardForm />
      </div>
    </main>
  )
}
