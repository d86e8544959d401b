import { useCallback, useState } from 'react'
import type { SessionAction } from '@common-ground/shared'
import { useT } from '../i18n/useT'
import { notices } from '../panels/notices'
import type { CommandSender } from '../sync/commandChannel'

/**
 * Sends one facilitator action (PROTOCOL.md R83). The server decides; the page shows
 * what the board then holds, and a refusal's words as a notice.
 */
export function useSessionCommand(commands: CommandSender) {
  const { t } = useT()
  const [busy, setBusy] = useState(false)
  const act = useCallback(
    async (action: SessionAction): Promise<boolean> => {
      setBusy(true)
      try {
        const outcome = await commands.send('session', action)
        if (!outcome.ok) notices.post(t('session.failed', { reason: outcome.message }))
        return outcome.ok
      } finally {
        setBusy(false)
      }
    },
    [commands, t],
  )
  return { act, busy }
}
