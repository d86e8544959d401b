import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { RecordStamp } from '@common-ground/shared'
import { offlineCommands, type CommandSender } from '../sync/commandChannel'
import { StampCache } from './stampCache'

interface SessionCommands {
  commands: CommandSender
  stamps: StampCache
}

const SessionCommandsContext = createContext<SessionCommands>({
  commands: offlineCommands,
  stamps: new StampCache(offlineCommands),
})

/** The board's command channel, for votes, private mode, voice balance and stamps. */
export function SessionCommandsProvider({
  commands,
  children,
}: {
  commands: CommandSender
  children: ReactNode
}) {
  const value = useMemo(() => ({ commands, stamps: new StampCache(commands) }), [commands])
  return <SessionCommandsContext.Provider value={value}>{children}</SessionCommandsContext.Provider>
}

export function useSessionCommands(): CommandSender {
  return useContext(SessionCommandsContext).commands
}

/** The server's stamp of a card, live (null until known or if it has none). */
export function useStamp(id: string): RecordStamp | null {
  const { stamps } = useContext(SessionCommandsContext)
  return useSyncExternalStore(stamps.subscribe, () => stamps.get(id))
}
