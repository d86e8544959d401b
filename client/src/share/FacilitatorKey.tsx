import { useId, useState } from 'react'
import { useT } from '../i18n/useT'
import { CopyButton } from '../panels/CopyButton'

export interface FacilitatorKeyProps {
  link: string
  boardTitle: string
  boardId: string
}

/**
 * The facilitator's own link: hidden until asked for (it is the key to the board, and
 * Share is often opened on a projector), then shown, copied or saved as a file, so the
 * session can be run from another computer.
 */
export function FacilitatorKey({ link, boardTitle, boardId }: FacilitatorKeyProps) {
  const { t } = useT()
  const headingId = useId()
  const [shown, setShown] = useState(false)

  const download = () => {
    const blob = new Blob([t('invite.key.file', { title: boardTitle, link })], {
      type: 'text/plain;charset=utf-8',
    })
    const url = URL.createObjectURL(blob)
    const anchor = document.createElement('a')
    anchor.href = url
    anchor.download = `common-ground-facilitator-${boardId}.txt`
    document.body.append(anchor)
    anchor.click()
    anchor.remove()
    // The download has its own copy by the next task.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }

  return (
    <section
      className="share-section facilitator-key"
      aria-labelledby={headingId}
      data-testid="facilitator-key"
    >
      <h3 id={headingId}>{t('invite.key.heading')}</h3>
      <p>{t('invite.key.body')}</p>
      {shown && (
        <p className="link-text" data-testid="facilitator-link">
          {link}
        </p>
      )}
      <div className="share-actions">
        <button
          type="button"
          className="button"
          aria-expanded={shown}
          data-testid="show-facilitator-link"
          onClick={() => setShown((now) => !now)}
        >
          {shown ? t('invite.key.hide') : t('invite.key.show')}
        </button>
        <CopyButton
          text={link}
          label={t('invite.key.copy')}
          copiedLabel={t('invite.key.copied')}
          copiedMessage={t('invite.key.copiedMessage')}
          testId="copy-facilitator-link"
        />
        <button
          type="button"
          className="button"
          data-testid="download-facilitator-link"
          onClick={download}
        >
          {t('invite.key.download')}
        </button>
      </div>
    </section>
  )
}
