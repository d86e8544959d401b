import { useEffect, useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import { SESSION_SHAPE_ID, type SessionProps, type SessionShape } from '@common-ground/shared'
import type { CommandSender } from '../sync/commandChannel'
import { measureClockOffset } from './serverClock'

/** The session record as the board holds it now (null for a board with none yet). */
export function useSession(editor: Editor | null): SessionProps | null {
  return useValue(
    'session',
    () => (editor?.getShape(SESSION_SHAPE_ID) as SessionShape | undefined)?.props ?? null,
    [editor],
  )
}

/** Asks the server's clock again this often: clocks drift. */
const REMEASURE_MS = 10 * 60_000

/** SPEC 25: how far the server's clock is ahead of this browser's (0 until measured). */
export function useServerOffset(commands: CommandSender): number {
  const [offset, setOffset] = useState(0)
  useEffect(() => {
    let stopped = false
    const measure = () =>
      void measureClockOffset(commands).then((measured) => {
        if (!stopped && measured !== null) setOffset(measured)
      })
    measure()
    const timer = window.setInterval(measure, REMEASURE_MS)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [commands])
  return offset
}
