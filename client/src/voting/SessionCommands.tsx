import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import type { RecordStamp } from '@common-ground/shared'
import { offlineCommands, type CommandSender } from '../sync/commandChannel'
import { MyDotsStore, type MyVoteDots } from './myDotsStore'
import { StampCache } from './stampCache'

interface SessionCommands {
  commands: CommandSender
  stamps: StampCache
  dots: MyDotsStore
  /** The name this person joined with: shown with their dots if a vote is not anonymous. */
  userName: string
}

const SessionCommandsContext = createContext<SessionCommands>({
  commands: offlineCommands,
  stamps: new StampCache(offlineCommands),
  dots: new MyDotsStore(offlineCommands),
  userName: '',
})

/** The board's command channel, for votes, private mode, voice balance and stamps. */
export function SessionCommandsProvider({
  commands,
  userName = '',
  children,
}: {
  commands: CommandSender
  userName?: string
  children: ReactNode
}) {
  const value = useMemo(
    () => ({
      commands,
      stamps: new StampCache(commands),
      dots: new MyDotsStore(commands),
      userName,
    }),
    [commands, userName],
  )
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

/**
 * This person's dots on a vote, shared by the panel and the canvas (SPEC 35), read again
 * whenever `state` changes; `dot` adds or takes one back.
 */
export function useMyDots(
  voteId: string,
  state: string,
): MyVoteDots & { dot: (cardId: string, add: boolean) => void } {
  const { dots, userName } = useContext(SessionCommandsContext)
  useEffect(() => {
    void dots.refresh(voteId)
  }, [dots, voteId, state])
  const value = useSyncExternalStore(dots.subscribe, () => dots.get(voteId))
  return { ...value, dot: (cardId, add) => void dots.dot(voteId, cardId, add, userName) }
}
