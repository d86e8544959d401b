import type { ReactNode } from 'react'
import { LanguagePicker } from '../i18n/LanguagePicker'
import { useT } from '../i18n/useT'
import { useDocumentTitle } from './useDocumentTitle'

export interface MessagePageProps {
  title: string
  children: ReactNode
  testId: string
}

/** A page that only says what went wrong, in plain words, and leads back home. */
export function MessagePage({ title, children, testId }: MessagePageProps) {
  const { t } = useT()
  useDocumentTitle(title)
  return (
    <main className="page" data-testid={testId}>
      <LanguagePicker className="page-language" />
      <div className="card">
        <h1>{title}</h1>
        {children}
        <p>
          <a className="button primary" href="/">
            {t('common.goHome')}
          </a>
        </p>
      </div>
    </main>
  )
}
