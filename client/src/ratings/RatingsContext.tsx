import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import { offlineCommands, type CommandSender } from '../sync/commandChannel'
import { MyRatings, type MyCheckRatings } from './myRatings'

const RatingsContext = createContext<MyRatings>(new MyRatings(offlineCommands))

/** Gives the canvas and the panel one {@link MyRatings} for the board's commands. */
export function RatingsProvider({
  commands,
  children,
}: {
  commands: CommandSender
  children: ReactNode
}) {
  const ratings = useMemo(() => new MyRatings(commands), [commands])
  return <RatingsContext.Provider value={ratings}>{children}</RatingsContext.Provider>
}

/** This person's answers on `checkId`, live, and the way to give one. */
export function useMyRatings(checkId: string): MyCheckRatings & { ratings$: MyRatings } {
  const store = useContext(RatingsContext)
  const value = useSyncExternalStore(store.subscribe, () => store.get(checkId))
  return { ...value, ratings$: store }
}
