import type { MyDots } from '@common-ground/shared'
import { useCallback, useEffect, useState } from 'react'
import { useSessionCommands } from './SessionCommands'

/**
 * This person's own dots on one vote, read from and given to the server by command
 * (server/PROTOCOL.md R97): nobody else's dots ever reach this page before reveal.
 */
export function useMyDots(voteId: string, open: boolean, name: string) {
  const commands = useSessionCommands()
  const [mine, setMine] = useState<MyDots | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    void commands.send('myDots', { voteId }).then((outcome) => {
      if (!live) return
      if (outcome.ok) setMine(outcome.result)
    })
    return () => {
      live = false
    }
  }, [commands, voteId, open])

  const dot = useCallback(
    async (cardId: string, add: boolean) => {
      setBusy(true)
      const outcome = await commands.send('dot', { voteId, cardId, add, name })
      setBusy(false)
      if (outcome.ok) {
        setMine(outcome.result)
        setError(null)
      } else setError(outcome.message)
    },
    [commands, voteId, name],
  )

  return { mine, error, busy, dot }
}
