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
    setStatus(
      `A new ${role} link is ready. The old one no longer works: send the new one to anyone who still needs it.`,
    )
  }

  const toggleArchived = async () => {
    setError(null)
    const result = await api.setArchived(boardId, !archived)
    if (!result.ok) {
      setError(result.message)
      return
    }
    setStatus(
      archived
        ? 'The board is open again: people with a participant link can change it.'
        : 'The board is archived: everyone can still see it, but nobody can change it.',
    )
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
        <h2 id={headingId}>Invite people</h2>
        <button
          type="button"
          className="button quiet"
          data-testid="share-close"
          onClick={() => ref.current?.close()}
        >
          Close
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
          <p role="status">Getting the links…</p>
        ) : (
          <div role="alert">
            <p>{loadError}</p>
            <button type="button" className="button" onClick={retryLoad}>
              Try again
            </button>
          </div>
        )
      ) : (
        <>
          {server !== null && (
            <AddressWarning server={server} facilitatorLink={invitation?.facilitator ?? null} />
          )}
          <section className="share-section" aria-labelledby={`${headingId}-participants`}>
            <h3 id={`${headingId}-participants`}>Participants</h3>
            <p>Anyone with this link can join and add to the board.</p>
            <p className="link-text" data-testid="participant-link">
              {links.participant}
            </p>
            <div className="share-actions">
              <CopyButton
                text={links.participant}
                label="Copy participant link"
                copiedLabel="Participant link copied"
                copiedMessage="The participant link is copied. Paste it to invite people."
                testId="copy-participant-link"
              />
              <ConfirmableAction
                label="Make a new participant link"
                question="People who joined with the current participant link will be disconnected and will need the new link. Make a new one?"
                confirmLabel="Yes, make a new link"
                testId="rotate-participant-link"
                onConfirm={() => rotate('participant')}
              />
            </div>
            <div className="qr-and-code">
              <figure className="qr-figure">
                <QrCode
                  text={links.participant}
                  label="QR code of the participant link. Scan it with a phone camera to join."
                />
                <figcaption>
                  Show this on the projector: people scan it with their phone&rsquo;s camera to
                  join.
                </figcaption>
              </figure>
              {invitation !== null && <JoinCodeBox code={invitation.joinCode} />}
            </div>
          </section>

          <section className="share-section" aria-labelledby={`${headingId}-observers`}>
            <h3 id={`${headingId}-observers`}>Observers (view only)</h3>
            <p>People with this link see the board as it changes, but cannot change it.</p>
            <p className="link-text" data-testid="observer-link">
              {links.observer}
            </p>
            <div className="share-actions">
              <CopyButton
                text={links.observer}
                label="Copy observer link"
                copiedLabel="Observer link copied"
                copiedMessage="The observer link is copied. Paste it to let people watch."
                testId="copy-observer-link"
              />
              <ConfirmableAction
                label="Make a new observer link"
                question="People watching with the current observer link will be disconnected and will need the new link. Make a new one?"
                confirmLabel="Yes, make a new link"
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
        <h3 id={`${headingId}-archive`}>{archived ? 'Archived' : 'When the session is over'}</h3>
        {archived ? (
          <p>The board is archived: everyone can see it, but nobody can change it.</p>
        ) : (
          <p>
            Archiving keeps the board as a record of the session. Everyone can still see it, but
            nobody can change it. You can undo this.
          </p>
        )}
        <ConfirmableAction
          label={archived ? 'Unarchive board' : 'Archive board'}
          question={
            archived
              ? 'Open the board for changes again, for everyone with a participant link?'
              : 'Archive the board? It becomes read-only for everyone, you included.'
          }
          confirmLabel={archived ? 'Yes, unarchive' : 'Yes, archive'}
          testId={archived ? 'unarchive-board' : 'archive-board'}
          onConfirm={toggleArchived}
        />
      </section>
    </dialog>
  )
}
