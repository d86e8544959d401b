import { useT } from '../i18n/useT'
import { useEffect, useRef, useState } from 'react'
import type { ConnectionState } from '../sync/useBoardSync'
import { describePeopleChange, type Person } from './people'

/** After (re)connecting, everyone already there arrives at once; that is not news. */
const SETTLE_MS = 3000

/**
 * The sentence to put in a polite live region when people join or leave. Quiet while
 * the connection is not live: a dropped socket empties the list and a reconnect fills it,
 * and announcing either would only be noise.
 */
export function usePeopleAnnouncements(
  people: readonly Person[],
  connection: ConnectionState | null,
): string {
  const { t } = useT()
  const [message, setMessage] = useState('')
  const previous = useRef<readonly Person[]>(people)
  const liveSince = useRef<number | null>(null)

  useEffect(() => {
    if (connection !== 'live') liveSince.current = null
    else liveSince.current ??= Date.now()
  }, [connection])

  useEffect(() => {
    const before = previous.current
    previous.current = people
    const since = liveSince.current
    if (since === null || Date.now() - since < SETTLE_MS) return
    const sentence = describePeopleChange(before, people, t)
    if (sentence !== null) setMessage(sentence)
  }, [people, t])

  return message
}
