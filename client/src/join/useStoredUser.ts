import { useCallback, useEffect, useState } from 'react'
import {
  completeUser,
  loadUser,
  saveUser,
  USER_STORAGE_KEY,
  type StoredUser,
  type StoredUserDraft,
  type UserStorage,
} from './storedUser'
import type { UserColor } from './userColors'

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
  save: (name: string, color: UserColor) => void
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
    (name: string, color: UserColor) => {
      const next = { ...draft, name, color }
      saveUser(browserStorage(), next)
      setDraft(next)
    },
    [draft],
  )

  return { draft, user: completeUser(draft), save }
}
