import type { Editor } from 'tldraw'
import { useT } from '../i18n/useT'
import { PrivateFramePanel } from '../privateMode/PrivateFramePanel'
import { VoiceBalanceTable } from '../voiceBalance/VoiceBalanceTable'
import { useFrames, usePrivateFrames, useShownBalance, useVotes } from './sessionRecords'
import { VotePanel } from './VotePanel'

/**
 * The board panel's session tab (SPEC 35–44): votes to take part in or read, frames in
 * private mode with this person's hidden cards, the voice balance when the facilitator
 * shows it. The facilitator's controls are in the session bar's "Run the session".
 */
export function SessionView({
  editor,
  readOnly,
  userName,
}: {
  editor: Editor
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
