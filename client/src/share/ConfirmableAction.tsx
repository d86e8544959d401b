import { useT } from '../i18n/useT'
import { useEffect, useId, useRef, useState } from 'react'

export interface ConfirmableActionProps {
  label: string
  /** What will happen, asked before doing it: "People using the old link will be…". */
  question: string
  confirmLabel: string
  /** The trigger's test id; the confirm and cancel buttons add `-confirm` and `-cancel`. */
  testId: string
  disabled?: boolean
  /** Resolves when done; the step closes and focus goes back to the trigger. */
  onConfirm: () => Promise<void>
}

/**
 * A button whose action cannot be taken back by accident: pressing it asks first, in
 * place (no second dialog on top of the first), and moves focus to the answer.
 */
export function ConfirmableAction({
  label,
  question,
  confirmLabel,
  testId,
  disabled = false,
  onConfirm,
}: ConfirmableActionProps) {
  const { t } = useT()
  const questionId = useId()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (asking) confirmRef.current?.focus()
    else if (returnFocus.current) triggerRef.current?.focus()
    returnFocus.current = false
  }, [asking])

  const finish = () => {
    returnFocus.current = true
    setAsking(false)
  }

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button"
        data-testid={testId}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    )
  }
  return (
    <div className="confirm-step" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <div className="confirm-actions">
        <button
          type="button"
          className="button"
          data-testid={`${testId}-cancel`}
          disabled={busy}
          onClick={finish}
        >
          {t('common.cancel')}
        </button>
        <button
          ref={confirmRef}
          type="button"
          className="button primary"
          data-testid={`${testId}-confirm`}
          aria-disabled={busy}
          onClick={async () => {
            if (busy) return
            setBusy(true)
            try {
              await onConfirm()
            } finally {
              setBusy(false)
              finish()
            }
          }}
        >
          {busy ? t('common.working') : confirmLabel}
        </button>
      </div>
    </div>
  )
}
