import type { Role } from '@common-ground/shared'
import type { Editor } from 'tldraw'
import { FacilitationControls } from '../facilitation/FacilitationControls'
import { useT } from '../i18n/useT'
import { PrivateFramePanel } from '../privateMode/PrivateFramePanel'
import { VoiceBalanceTable } from '../voiceBalance/VoiceBalanceTable'
import { useFrames, usePrivateFrames, useShownBalance, useVotes } from './sessionRecords'
import { VotePanel } from './VotePanel'

/**
 * The board panel's session tab (SPEC 35–44): votes to take part in or read, frames in
 * private mode with this person's hidden cards, the voice balance when the facilitator
 * shows it, and, for facilitators only, their controls.
 */
export function SessionView({
  editor,
  role,
  readOnly,
  userName,
}: {
  editor: Editor
  role: Role
  readOnly: boolean
  userName: string
}) {
  const { t } = useT()
  const votes = useVotes(editor)
  const privateFrames = usePrivateFrames(editor)
  const frames = useFrames(editor)
  const shown = useShownBalance(editor)
  const frameName = (id: string) =>
    frames.find((f) => f.id === id)?.name.trim() || t('voting.untitledFrame')
  const nothing =
    votes.length === 0 && !privateFrames.some((p) => p.props.state === 'on') && shown === null
  return (
    <div className="cg-view" data-testid="session-view">
      {role === 'facilitator' && !readOnly && <FacilitationControls editor={editor} />}
      {nothing && <p className="hint">{t('session.nothing')}</p>}
      {privateFrames.map((record) => (
        <PrivateFramePanel
          key={record.frameId}
          record={record}
          frameName={frameName(record.frameId)}
          readOnly={readOnly}
          userName={userName}
        />
      ))}
      {[...votes].reverse().map((vote) => (
        <VotePanel key={vote.id} editor={editor} vote={vote} readOnly={readOnly} />
      ))}
      {shown !== null && (
        <VoiceBalanceTable balance={shown} heading={t('voiceBalance.shownHeading')} />
      )}
    </div>
  )
}
