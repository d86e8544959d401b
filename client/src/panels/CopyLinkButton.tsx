import { useEffect, useState } from 'react'
import { copyText } from './copyText'
import { notices } from './notices'

const CONFIRM_MS = 2500

/** The board's address is the invitation; this puts it on the clipboard. */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), CONFIRM_MS)
    return () => clearTimeout(timer)
  }, [copied])

  const copy = async () => {
    if (await copyText(url)) setCopied(true)
    else notices.post(`Copying did not work here. To invite others, share this link: ${url}`)
  }

  return (
    <>
      <button type="button" className="button" data-testid="copy-link" onClick={copy}>
        {copied ? 'Link copied' : 'Copy link'}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? 'The board link is copied. Paste it to invite others.' : ''}
      </span>
    </>
  )
}
