import { useId, useState, type ReactNode } from 'react'
import type { Editor } from 'tldraw'
import {
  currentStage,
  MAX_TIMER_MS,
  MINUTE_MS,
  type SessionAction,
  type SessionProps,
} from '@common-ground/shared'
import { useT } from '../i18n/useT'
import { notices } from '../panels/notices'
import { viewArea } from './sessionViews'

/**
 * The facilitator's side of the timer and of attention (PROTOCOL.md R88, R90, R91). The
 * server refuses these to anyone else; the page offers them to facilitators only.
 */
export function FacilitatorControls({
  id,
  editor,
  session,
  leading,
  act,
  children,
}: {
  id: string
  editor: Editor
  session: SessionProps | null
  /** This facilitator is the one everyone follows. */
  leading: boolean
  act: (action: SessionAction) => Promise<boolean>
  /**
   * The other session tools (dot voting, private mode, voice balance) are mounted here
   * by whoever builds them, under "More for this session".
   */
  children?: ReactNode
}) {
  const { t } = useT()
  const headingId = useId()
  const minutesId = useId()
  const timer = session?.timer ?? null
  const planned = currentStage(session)?.plannedMinutes ?? null
  const [minutes, setMinutes] = useState(String(planned ?? 5))
  const maxMinutes = MAX_TIMER_MS / MINUTE_MS
  const start = () => {
    const value = Number(minutes)
    if (!Number.isFinite(value) || value <= 0) return
    const durationMs = Math.min(MAX_TIMER_MS, Math.max(1000, Math.round(value * MINUTE_MS)))
    void act({ action: 'startTimer', durationMs })
  }
  return (
    <div id={id} className="session-popover" role="region" aria-labelledby={headingId}>
      <h2 id={headingId} className="session-popover-heading">
        {t('session.controls.label')}
      </h2>
      <fieldset className="session-group">
        <legend>{t('session.timer.label')}</legend>
        <div className="session-row">
          <label htmlFor={minutesId}>{t('session.timer.minutes')}</label>
          <input
            id={minutesId}
            className="session-minutes"
            type="number"
            inputMode="decimal"
            min={1}
            max={maxMinutes}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') start()
            }}
          />
          <button
            type="button"
            className="button small primary"
            onClick={start}
            data-testid="timer-start"
          >
            {t('session.timer.start')}
          </button>
          {planned !== null && (
            <button
              type="button"
              className="button small"
              onClick={() => void act({ action: 'startTimer', durationMs: null })}
            >
              {t('session.timer.startPlanned', { count: planned })}
            </button>
          )}
        </div>
        {timer !== null && (
          <div className="session-row">
            {timer.endsAt !== null ? (
              <button
                type="button"
                className="button small"
                onClick={() => void act({ action: 'pauseTimer' })}
              >
                {t('session.timer.pause')}
              </button>
            ) : (
              <button
                type="button"
                className="button small"
                onClick={() => void act({ action: 'resumeTimer' })}
              >
                {t('session.timer.resume')}
              </button>
            )}
            <button
              type="button"
              className="button small"
              onClick={() => void act({ action: 'addMinute' })}
            >
              {t('session.timer.addMinute')}
            </button>
            <button
              type="button"
              className="button small danger"
              onClick={() => void act({ action: 'stopTimer' })}
            >
              {t('session.timer.stop')}
            </button>
          </div>
        )}
      </fieldset>
      <fieldset className="session-group">
        <legend>{t('session.attention')}</legend>
        <div className="session-row">
          <button
            type="button"
            className="button small"
            data-testid="bring-here"
            onClick={() =>
              void act({ action: 'bringHere', ...viewArea(editor) }).then((ok) => {
                if (ok) notices.post(t('session.brought'))
              })
            }
          >
            {t('session.bring')}
          </button>
          <button
            type="button"
            className="button small"
            aria-pressed={leading}
            data-testid="follow-me"
            onClick={() => void act({ action: 'follow', on: !leading })}
          >
            {t('session.followMe')}
          </button>
        </div>
      </fieldset>
      {children && (
        <fieldset className="session-group" data-testid="session-extra-controls">
          <legend>{t('session.controls.more')}</legend>
          {children}
        </fieldset>
      )}
    </div>
  )
}
