import { useEffect, useRef } from 'react'
import type { Person } from '../people/people'
import type { StoredUser, UserDetails } from './storedUser'
import { freeColorFor } from './userColors'

/** The greeting brings everyone's awareness within a round trip; this leaves room for a slow one. */
const SETTLE_MS = 1500

/**
 * Once, shortly after someone who did not pick a colour joins and the board is live: if
 * another person present wears the same colour, change to a free one (freeColorFor), so
 * people get different colours until the palette runs out. They can change it back.
 */
export function useFreeColor(
  enabled: boolean,
  user: StoredUser,
  people: readonly Person[],
  onChangeUser: (details: UserDetails) => void,
): void {
  const done = useRef(false)
  const latest = useRef({ user, people, onChangeUser })
  useEffect(() => {
    latest.current = { user, people, onChangeUser }
  })

  useEffect(() => {
    if (!enabled || done.current) return
    const timer = setTimeout(() => {
      done.current = true
      const { user, people, onChangeUser } = latest.current
      const others = people.filter((person) => !person.isYou && person.id !== user.id)
      const color = freeColorFor(user.id, user.color, others)
      if (color === user.color) return
      const { name, takesPartAs } = user
      onChangeUser(takesPartAs === undefined ? { name, color } : { name, color, takesPartAs })
    }, SETTLE_MS)
    return () => clearTimeout(timer)
  }, [enabled])
}
