import type { ReactNode } from 'react'
import { useDocumentTitle } from './useDocumentTitle'

export interface MessagePageProps {
  title: string
  children: ReactNode
  testId: string
}

/** A page that only says what went wrong, in plain words, and leads back home. */
export function MessagePage({ title, children, testId }: MessagePageProps) {
  useDocumentTitle(title)
  return (
    <main className="page" data-testid={testId}>
      <div className="card">
        <h1>{title}</h1>
        {children}
        <p>
          <a className="button primary" href="/">
            Go to the home page
          </a>
        </p>
      </div>
    </main>
  )
}
