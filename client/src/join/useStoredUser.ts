import { useCallback, useEffect, useState } from 'react'
import {
  completeUser,
  loadUser,
  saveUser,
  USER_STORAGE_KEY,
  type StoredUser,
  type StoredUserDraft,
  type UserDetails,
  type UserStorage,
} from './storedUser'

function browserStorage(): UserStorage | null {
  try {
    return window.localStorage
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null
  }
}

export interface StoredUserHandle {
  /** What is remembered so far; pre-fills the join form. */
  draft: StoredUserDraft & { id: string }
  /** Null until the participant has given a name and a colour. */
  user: StoredUser | null
  save: (details: UserDetails) => void
}

export function useStoredUser(): StoredUserHandle {
  const [draft, setDraft] = useState(() => loadUser(browserStorage()))

  // Another tab of the same browser changed the name: follow it, as it is the same person.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === USER_STORAGE_KEY) setDraft(loadUser(browserStorage()))
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])

  const save = useCallback(
    ({ name, color, takesPartAs }: UserDetails) => {
      // Choosing "Prefer not to say" (or nothing) forgets an earlier answer.
      const next: StoredUserDraft & { id: string } = { id: draft.id, name, color }
      if (takesPartAs !== undefined && takesPartAs !== 'not-said') next.takesPartAs = takesPartAs
      saveUser(browserStorage(), next)
      setDraft(next)
    },
    [draft],
  )

  return { draft, user: completeUser(draft), save }
}
