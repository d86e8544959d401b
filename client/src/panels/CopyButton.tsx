import { useT } from '../i18n/useT'
import { useEffect, useState } from 'react'
import { copyText } from './copyText'
import { notices } from './notices'

const CONFIRM_MS = 2500

export interface CopyButtonProps {
  text: string
  label: string
  /** Shown on the button for a moment after copying, e.g. "Participant link copied". */
  copiedLabel: string
  /** Read out by screen readers after copying: what was copied and what to do next. */
  copiedMessage: string
  testId: string
  disabled?: boolean
}

/** Puts `text` on the clipboard, or says where to find it when the browser will not. */
export function CopyButton({
  text,
  label,
  copiedLabel,
  copiedMessage,
  testId,
  disabled = false,
}: CopyButtonProps) {
  const { t } = useT()
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), CONFIRM_MS)
    return () => clearTimeout(timer)
  }, [copied])

  const copy = async () => {
    if (await copyText(text)) setCopied(true)
    else notices.post(t('notice.copyFailed', { text }))
  }

  return (
    <>
      <button
        type="button"
        className="button"
        data-testid={testId}
        data-copied={copied}
        disabled={disabled}
        onClick={copy}
      >
        {copied ? copiedLabel : label}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? copiedMessage : ''}
      </span>
    </>
  )
}
