import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Editor } from 'tldraw'
import { currentStage, type Role } from '@common-ground/shared'
import { useT } from '../i18n/useT'
import type { Person } from '../people/people'
import type { CommandSender } from '../sync/commandChannel'
import { FacilitatorControls } from './FacilitatorControls'
import { FollowBanner } from './FollowBanner'
import { StageList } from './StageList'
import { TimerDisplay } from './TimerDisplay'
import { useServerOffset, useSession } from './useSession'
import { useSessionCommand } from './useSessionCommand'
import { useSessionViews } from './useSessionViews'
import './session.css'

export interface SessionBarProps {
  editor: Editor
  commands: CommandSender
  role: Role
  /** This person's id, as the server knows it. */
  myId: string
  people: readonly Person[]
  /**
   * Extra facilitator controls (dot voting, private mode, voice balance): shown in the
   * facilitator's session controls under "More for this session".
   */
  extraControls?: ReactNode
}

type Open = 'stages' | 'controls' | null

/**
 * The session toolbar, one strip under the top bar for everyone: the current stage (and
 * the list of stages), "Back to the stage", the timer, and for a facilitator "Run the
 * session" (timer and attention). On a phone it is one row a thumb reaches; every part
 * is a button or a form control, so it all works by keyboard.
 */
export function SessionBar({
  editor,
  commands,
  role,
  myId,
  people,
  extraControls,
}: SessionBarProps) {
  const { t } = useT()
  const session = useSession(editor)
  const offset = useServerOffset(commands)
  const views = useSessionViews(editor, session, myId)
  const { act, busy } = useSessionCommand(commands)
  const facilitator = role === 'facilitator'
  const stage = currentStage(session)
  const [open, setOpen] = useState<Open>(null)
  const stagesId = useId()
  const controlsId = useId()
  const stagesButton = useRef<HTMLButtonElement>(null)
  const controlsButton = useRef<HTMLButtonElement>(null)
  const followId = session?.followId ?? null
  const leading = followId !== null && followId === myId
  const leader =
    followId !== null && !leading
      ? (people.find((person) => person.id === followId)?.name ?? t('session.facilitator'))
      : null

  const toggle = (which: Exclude<Open, null>) => setOpen((now) => (now === which ? null : which))
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || open === null) return
    event.stopPropagation()
    const button = open === 'stages' ? stagesButton : controlsButton
    setOpen(null)
    button.current?.focus()
  }

  return (
    <section
      className="session-bar"
      aria-label={t('session.bar')}
      data-testid="session-bar"
      onKeyDown={onKeyDown}
    >
      <div className="session-bar-row">
        <button
          ref={stagesButton}
          type="button"
          className="button small session-stage-button"
          aria-expanded={open === 'stages'}
          aria-controls={stagesId}
          data-testid="stage-button"
          onClick={() => toggle('stages')}
        >
          <span className="session-stage-label">
            {stage
              ? t('session.stage.button', { name: stage.name })
              : t('session.stage.noneButton')}
          </span>
          <span aria-hidden="true">▾</span>
        </button>
        <TimerDisplay timer={session?.timer ?? null} offset={offset} />
        {stage?.frameId && (
          <button
            type="button"
            className="button small"
            data-testid="back-to-stage"
            onClick={views.backToStage}
          >
            {t('session.stage.back')}
          </button>
        )}
        {facilitator && (
          <button
            ref={controlsButton}
            type="button"
            className="button small primary session-controls-button"
            aria-expanded={open === 'controls'}
            aria-controls={controlsId}
            data-testid="session-controls-button"
            onClick={() => toggle('controls')}
          >
            {t('session.controls.open')}
          </button>
        )}
      </div>
      <FollowBanner
        leading={leading}
        leaderName={leader}
        views={views}
        onStopLeading={() => void act({ action: 'follow', on: false })}
      />
      {open === 'stages' && (
        <StageList
          id={stagesId}
          editor={editor}
          session={session}
          facilitator={facilitator}
          busy={busy}
          act={act}
          onShow={views.goToStage}
        />
      )}
      {open === 'controls' && facilitator && (
        <FacilitatorControls
          id={controlsId}
          editor={editor}
          session={session}
          leading={leading}

          act={act}
        >
          {extraControls}
        </FacilitatorControls>
      )}
    </section>
  )
}
