import {
  currentStage,
  MAX_DOTS_PER_PERSON,
  MAX_VOTE_CARDS,
  type VoiceBalance,
  type VoteAction,
} from '@common-ground/shared'
import { useEffect, useId, useState } from 'react'
import type { Editor } from 'tldraw'
import { useT } from '../i18n/useT'
import { useSession } from '../session/useSession'
import { VoiceBalanceTable } from '../voiceBalance/VoiceBalanceTable'
import { useSessionCommands } from '../voting/SessionCommands'
import {
  cardsIn,
  isVotable,
  useFrames,
  usePrivateFrames,
  useShownBalance,
  useVotes,
} from '../voting/sessionRecords'
import { VOTE_STATE_KEYS } from '../voting/VotePanel'
import '../voting/voting.css'

const VOTE_DONE_KEYS = {
  close: 'facilitation.vote.done.close',
  reveal: 'facilitation.vote.done.reveal',
  discard: 'facilitation.vote.done.discard',
} as const
const PRIVATE_DONE_KEYS = {
  on: 'facilitation.private.done.on',
  reveal: 'facilitation.private.done.reveal',
  off: 'facilitation.private.done.off',
} as const

/** How often the facilitator's open voice balance asks the server again. */
const BALANCE_REFRESH_MS = 5000

/**
 * Every facilitator control of votes, private mode and voice balance, in one place
 * (SPEC 43): the lead mounts it where the session toolbar wants it. It acts on one frame
 * (a stage's area), `frameId`, or the one chosen here. The server refuses all of it to
 * anyone else (server/PROTOCOL.md R96, R101, R104, R111); this is only shown to
 * facilitators.
 */
export function FacilitationControls({
  editor,
  frameId: givenFrameId = null,
}: {
  editor: Editor
  frameId?: string | null
}) {
  const { t } = useT()
  const id = useId()
  const commands = useSessionCommands()
  const frames = useFrames(editor)
  const votes = useVotes(editor)
  const privateFrames = usePrivateFrames(editor)
  const shownBalance = useShownBalance(editor)
  const [chosen, setChosen] = useState<string>('')
  // The current stage's area unless the facilitator picks another here.
  const stageFrameId = currentStage(useSession(editor))?.frameId ?? null
  const frameId = givenFrameId ?? (chosen || stageFrameId || frames[0]?.id || '')
  const frame = frames.find((f) => f.id === frameId)
  const [title, setTitle] = useState('')
  const [dots, setDots] = useState(3)
  const [cap, setCap] = useState(0)
  const [anonymous, setAnonymous] = useState(true)
  const [showAuthors, setShowAuthors] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [balance, setBalance] = useState<VoiceBalance | null>(null)
  const [balanceOpen, setBalanceOpen] = useState(false)
  const privateMode = privateFrames.find((p) => p.frameId === frameId)?.props

  useEffect(() => {
    if (!balanceOpen) return
    let live = true
    const load = () =>
      void commands.send('voiceBalance', {}).then((outcome) => {
        if (!live) return
        if (outcome.ok) setBalance(outcome.result.balance)
        else setMessage(outcome.message)
      })
    load()
    const timer = setInterval(load, BALANCE_REFRESH_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [balanceOpen, commands])

  const report = (outcome: { ok: boolean; message?: string }, done: string) =>
    setMessage(outcome.ok ? done : (outcome.message ?? ''))

  const startVote = async () => {
    const selected = editor
      .getSelectedShapes()
      .filter(isVotable)
      .map((shape) => shape.id as string)
    const cardIds = (
      selected.length > 0 ? selected : frameId ? cardsIn(editor, frameId) : []
    ).slice(0, MAX_VOTE_CARDS)
    if (cardIds.length === 0) return setMessage(t('facilitation.vote.noCards'))
    const outcome = await commands.send('startVote', {
      parentId: selected.length > 0 || !frameId ? editor.getCurrentPageId() : frameId,
      title: title.trim(),
      cardIds,
      dotsPerPerson: dots,
      maxPerCard: cap,
      anonymous,
    })
    report(outcome, t('facilitation.vote.started', { count: cardIds.length }))
  }
  const endVote = async (voteId: string, action: VoteAction) => {
    const outcome = await commands.send('endVote', { voteId, action })
    report(outcome, t(VOTE_DONE_KEYS[action]))
  }
  const setPrivate = async (action: 'on' | 'reveal' | 'off') => {
    if (!frameId) return
    const outcome = await commands.send('privateMode', { frameId, action, showAuthors })
    report(outcome, t(PRIVATE_DONE_KEYS[action]))
  }
  const showToEveryone = async (shown: boolean) => {
    const outcome = await commands.send('showVoiceBalance', {
      pageId: editor.getCurrentPageId(),
      shown,
    })
    report(outcome, t(shown ? 'facilitation.balance.shownToAll' : 'facilitation.balance.hidden'))
  }
  const number = (value: string, max: number) =>
    Math.max(0, Math.min(max, Math.round(Number(value) || 0)))

  return (
    <section
      className="cg-facilitation"
      aria-labelledby={`${id}-h`}
      data-testid="facilitation-controls"
    >
      <h3 id={`${id}-h`}>{t('facilitation.heading')}</h3>
      {givenFrameId === null && (
        <label className="cg-row">
          {t('facilitation.frame')}
          <select
            value={frameId}
            onChange={(event) => setChosen(event.target.value)}
            data-testid="facilitation-frame"
          >
            {frames.length === 0 && <option value="">{t('facilitation.noFrames')}</option>}
            {frames.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name.trim() || t('voting.untitledFrame')}
              </option>
            ))}
          </select>
        </label>
      )}

      <fieldset>
        <legend>{t('facilitation.vote.legend')}</legend>
        <p className="hint">{t('facilitation.vote.hint')}</p>
        <label className="cg-row">
          {t('facilitation.vote.title')}
          <input value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="cg-row">
          <label>
            {t('facilitation.vote.dots')}
            <input
              type="number"
              min={1}
              max={MAX_DOTS_PER_PERSON}
              value={dots}
              onChange={(e) => setDots(Math.max(1, number(e.target.value, MAX_DOTS_PER_PERSON)))}
            />
          </label>
          <label>
            {t('facilitation.vote.cap')}
            <input
              type="number"
              min={0}
              max={MAX_DOTS_PER_PERSON}
              value={cap}
              onChange={(e) => setCap(number(e.target.value, MAX_DOTS_PER_PERSON))}
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.target.checked)}
            />{' '}
            {t('facilitation.vote.anonymous')}
          </label>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => void startVote()}
          data-testid="start-vote"
        >
          {t('facilitation.vote.start')}
        </button>
        {votes.map((vote) => (
          <div key={vote.id} className="cg-row" data-testid="facilitation-vote">
            <span>
              {vote.props.title.trim() || t('voting.untitled')} ·{' '}
              {t(VOTE_STATE_KEYS[vote.props.state])}
            </span>
            {vote.props.state === 'open' && (
              <button
                type="button"
                className="button quiet"
                onClick={() => void endVote(vote.voteId, 'close')}
              >
                {t('facilitation.vote.close')}
              </button>
            )}
            {vote.props.state !== 'revealed' && (
              <button
                type="button"
                className="button"
                onClick={() => void endVote(vote.voteId, 'reveal')}
                data-testid="reveal-vote"
              >
                {t('facilitation.vote.reveal')}
              </button>
            )}
            <button
              type="button"
              className="button quiet"
              onClick={() => void endVote(vote.voteId, 'discard')}
            >
              {t('facilitation.vote.discard')}
            </button>
          </div>
        ))}
      </fieldset>

      <fieldset disabled={!frame}>
        <legend>{t('facilitation.private.legend')}</legend>
        <p className="hint" data-testid="private-state">
          {privateMode?.state === 'on'
            ? t('facilitation.private.isOn', { count: privateMode.hidden })
            : t('facilitation.private.isOff')}
        </p>
        <label>
          <input
            type="checkbox"
            checked={showAuthors}
            onChange={(e) => setShowAuthors(e.target.checked)}
          />{' '}
          {t('facilitation.private.showAuthors')}
        </label>
        <div className="cg-row">
          {privateMode?.state !== 'on' ? (
            <button
              type="button"
              className="button"
              onClick={() => void setPrivate('on')}
              data-testid="private-on"
            >
              {t('facilitation.private.on')}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="button"
                onClick={() => void setPrivate('reveal')}
                data-testid="private-reveal"
              >
                {t('facilitation.private.reveal')}
              </button>
              <button type="button" className="button quiet" onClick={() => void setPrivate('off')}>
                {t('facilitation.private.off')}
              </button>
            </>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('facilitation.balance.legend')}</legend>
        <div className="cg-row">
          <button
            type="button"
            className="button"
            aria-expanded={balanceOpen}
            onClick={() => setBalanceOpen((open) => !open)}
            data-testid="balance-toggle"
          >
            {balanceOpen ? t('facilitation.balance.close') : t('facilitation.balance.open')}
          </button>
          <button
            type="button"
            className="button quiet"
            onClick={() => void showToEveryone(shownBalance === null)}
            data-testid="balance-share"
          >
            {shownBalance === null
              ? t('facilitation.balance.showAll')
              : t('facilitation.balance.stopShowing')}
          </button>
        </div>
        {balanceOpen && balance !== null && (
          <VoiceBalanceTable balance={balance} heading={t('voiceBalance.heading')} />
        )}
      </fieldset>
      <p role="status" data-testid="facilitation-status">
        {message}
      </p>
    </section>
  )
}
