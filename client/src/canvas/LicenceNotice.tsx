import { useId } from 'react'
import { useT } from '../i18n/useT'
import './licenceNotice.css'

/**
 * Shown where the canvas was when tldraw hid it for lack of a licence: why, what still
 * works (everything, through the panel), and what the server's operator must do.
 */
export function LicenceNotice({ onOpenPanel }: { onOpenPanel: () => void }) {
  const { t } = useT()
  const headingId = useId()
  return (
    <section className="licence-notice" aria-labelledby={headingId} data-testid="licence-notice">
      <h2 id={headingId}>{t('licence.title')}</h2>
      <p>{t('licence.body')}</p>
      <button type="button" className="button primary" onClick={onOpenPanel}>
        {t('licence.openPanel')}
      </button>
      <p className="small">{t('licence.operator')}</p>
    </section>
  )
}
