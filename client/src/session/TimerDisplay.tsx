import { useState } from 'react'
import type { SessionTimer } from '@common-ground/shared'
import { useT } from '../i18n/useT'
import { BellIcon, ClockIcon } from './icons'
import { formatRemaining, useCountdown } from './useCountdown'
import { isTimerMuted, setTimerMuted } from './timerSound'

/**
 * The time left, the same on every screen (SPEC 30); at zero a clear cue and, unless this
 * person muted it, a sound. Everyone sees it; only facilitators change it.
 */
export function TimerDisplay({ timer, offset }: { timer: SessionTimer | null; offset: number }) {
  const { t } = useT()
  const { remainingMs, running, done } = useCountdown(timer, offset)
  const [muted, setMuted] = useState(isTimerMuted)
  if (remainingMs === null) return null
  const time = formatRemaining(remainingMs)
  const text = done ? t('session.timer.done') : running ? time : t('session.timer.paused', { time })
  return (
    <div className="session-timer-group">
      <div
        className="session-timer"
        role="timer"
        aria-label={t('session.timer.label')}
        data-state={done ? 'done' : running ? 'running' : 'paused'}
        data-testid="session-timer"
        data-remaining-ms={remainingMs}
      >
        <ClockIcon />
        <span>{text}</span>
      </div>
      <p className="visually-hidden" aria-live="assertive">
        {done ? t('session.timer.done') : ''}
      </p>
      <button
        type="button"
        className="button small session-sound"
        aria-pressed={!muted}
        aria-label={t('session.timer.sound')}
        title={t('session.timer.sound')}
        data-testid="timer-sound"
        onClick={() => {
          setTimerMuted(!muted)
          setMuted(!muted)
        }}
      >
        <BellIcon muted={muted} />
      </button>
    </div>
  )
}
