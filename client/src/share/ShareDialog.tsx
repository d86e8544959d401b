import { useT } from '../i18n/useT'
import type { BoardId, LinksResponse, RotatableRole } from '@common-ground/shared'
import { useEffect, useId, useState } from 'react'
import { useModalDialog } from '../app/useModalDialog'
import { boardsApi } from '../api/boardsApi'
import { CopyButton } from '../panels/CopyButton'
import { AddressWarning } from './AddressWarning'
import { ConfirmableAction } from './ConfirmableAction'
import { FacilitatorKey } from './FacilitatorKey'
import './invitation.css'
import { JoinCodeBox } from './JoinCodeBox'
import { QrCode } from './QrCode'
import { useInvitation } from './useInvitation'

const api = boardsApi()

type Links = LinksResponse['links']

export interface ShareDialogProps {
  boardId: BoardId
  /** For the name of the facilitator link's file. */
  boardTitle?: string
  archived: boolean
  /** The board was archived or unarchived here; the page asks the server again. */
  onArchivedChange: () => void
  onClose: () => void
}

/**
 * The facilitator's invitations: the participant and observer links, the participant
 * link as a QR code for the projector, new links when one has spread too far, and
 * archiving. A native modal `<dialog>`: the browser keeps focus inside, closes it on
 * Escape and gives focus back to the Share button. Mounted only while open.
 */
export function ShareDialog({
  boardId,
  boardTitle = '',
  archived,
  onArchivedChange,
  onClose,
}: ShareDialogProps) {
  const { t } = useT()
  const ref = useModalDialog()
  const headingId = useId()
  const [links, setLinks] = useState<Links | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const { invitation, server } = useInvitation(boardId, links?.participant ?? null)

  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let active = true
    void api.getLinks(boardId).then((result) => {
      if (!active) return
      if (result.ok) setLinks(result.value.links)
      else setLoadError(result.message)
    })
    return () => {
      active = false
    }
  }, [boardId, attempt])
  const retryLoad = () => {
    setLoadError(null)
    setAttempt((count) => count + 1)
  }

  const rotate = async (role: RotatableRole) => {
    setError(null)
    const result = await api.rotateLink(boardId, role)
    if (!result.ok) {
      setError(result.message)
      return
    }
    setLinks((current) => (current ? { ...current, [role]: result.value.link } : current))
    setStatus(t(role === 'participant' ? 'share.rotatedParticipant' : 'share.rotatedObserver'))
  }

  const toggleArchived = async () => {
    setError(null)
    const result = await api.setArchived(boardId, !archived)
    if (!result.ok) {
      setError(result.message)
      return
    }
    setStatus(archived ? t('share.nowOpen') : t('share.nowArchived'))
    onArchivedChange()
  }

  return (
    <dialog
      ref={ref}
      className="dialog share-dialog"
      aria-labelledby={headingId}
      data-testid="share-dialog"
      onClose={onClose}
    >
      <div className="dialog-header">
        <h2 id={headingId}>{t('share.title')}</h2>
        <button
          type="button"
          className="button quiet"
          data-testid="share-close"
          onClick={() => ref.current?.close()}
        >
          {t('common.close')}
        </button>
      </div>

      {error !== null && (
        <p className="field-error" role="alert" data-testid="share-error">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>

      {links === null ? (
        loadError === null ? (
          <p role="status">{t('share.loading')}</p>
        ) : (
          <div role="alert">
            <p>{loadError}</p>
            <button type="button" className="button" onClick={retryLoad}>
              {t('common.tryAgain')}
            </button>
          </div>
        )
      ) : (
        <>
          {server !== null && (
            <AddressWarning server={server} facilitatorLink={invitation?.facilitator ?? null} />
          )}
          <section className="share-section" aria-labelledby={`${headingId}-participants`}>
            <h3 id={`${headingId}-participants`}>{t('share.participants')}</h3>
            <p>{t('share.participantsBody')}</p>
            <p className="link-text" data-testid="participant-link">
              {links.participant}
            </p>
            <div className="share-actions">
              <CopyButton
                text={links.participant}
                label={t('share.copyParticipant')}
                copiedLabel={t('share.participantCopied')}
                copiedMessage={t('share.participantCopiedMessage')}
                testId="copy-participant-link"
              />
              <ConfirmableAction
                label={t('share.rotateParticipant')}
                question={t('share.rotateParticipantQuestion')}
                confirmLabel={t('share.rotateConfirm')}
                testId="rotate-participant-link"
                onConfirm={() => rotate('participant')}
              />
            </div>
            <div className="qr-and-code">
              <figure className="qr-figure">
                <QrCode text={links.participant} label={t('share.qrLabel')} />
                <figcaption>{t('share.qrCaption')}</figcaption>
              </figure>
              {invitation !== null && <JoinCodeBox code={invitation.joinCode} />}
            </div>
          </section>

          <section className="share-section" aria-labelledby={`${headingId}-observers`}>
            <h3 id={`${headingId}-observers`}>{t('share.observers')}</h3>
            <p>{t('share.observersBody')}</p>
            <p className="link-text" data-testid="observer-link">
              {links.observer}
            </p>
            <div className="share-actions">
              <CopyButton
                text={links.observer}
                label={t('share.copyObserver')}
                copiedLabel={t('share.observerCopied')}
                copiedMessage={t('share.observerCopiedMessage')}
                testId="copy-observer-link"
              />
              <ConfirmableAction
                label={t('share.rotateObserver')}
                question={t('share.rotateObserverQuestion')}
                confirmLabel={t('share.rotateConfirm')}
                testId="rotate-observer-link"
                onConfirm={() => rotate('observer')}
              />
            </div>
          </section>
        </>
      )}

      {invitation !== null && (
        <FacilitatorKey link={invitation.facilitator} boardTitle={boardTitle} boardId={boardId} />
      )}

      <section className="share-section" aria-labelledby={`${headingId}-archive`}>
        <h3 id={`${headingId}-archive`}>
          {archived ? t('common.archived') : t('share.archiveHeading')}
        </h3>
        {archived ? <p>{t('share.archivedBody')}</p> : <p>{t('share.archiveBody')}</p>}
        <ConfirmableAction
          label={archived ? t('share.unarchive') : t('share.archive')}
          question={archived ? t('share.unarchiveQuestion') : t('share.archiveQuestion')}
          confirmLabel={archived ? t('share.unarchiveConfirm') : t('share.archiveConfirm')}
          testId={archived ? 'unarchive-board' : 'archive-board'}
          onConfirm={toggleArchived}
        />
      </section>
    </dialog>
  )
}
