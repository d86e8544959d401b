import {
  isTakesPartAs,
  MAX_USER_NAME_LENGTH,
  USER_COLORS,
  type AwarenessUser,
  type TakesPartAs,
} from '@common-ground/shared'
import { currentColor, type UserColor } from './userColors'

/** The participant this browser remembers. The id never changes once made. */
export interface StoredUser extends Omit<AwarenessUser, 'role'> {
  color: UserColor
}

/** What the join form asks; how someone takes part is optional. */
export interface UserDetails {
  name: string
  color: UserColor
  takesPartAs?: TakesPartAs
  /** The person picked the colour themselves (not remembered): a join form's answer only. */
  colorChosen?: boolean
}

/**
 * What was read back from storage, each field checked on its own: a damaged name must
 * not cost the participant their id, and a remembered colour still pre-fills the form.
 */
export interface StoredUserDraft {
  id?: string
  name?: string
  color?: UserColor
  takesPartAs?: TakesPartAs
}

export const USER_STORAGE_KEY = 'common-ground:user'

const USER_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

export type NameCheck = { ok: true; name: string } | { ok: false; problem: 'missing' | 'too-long' }

/** The rules for a display name; the form says what is wrong in the reader's language. */
export function checkName(input: string): NameCheck {
  const name = input.trim().replace(/\s+/g, ' ')
  if (name === '') return { ok: false, problem: 'missing' }
  if (name.length > MAX_USER_NAME_LENGTH) return { ok: false, problem: 'too-long' }
  return { ok: true, name }
}

export function parseStoredUser(raw: string | null): StoredUserDraft {
  if (raw === null) return {}
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return {}
  }
  if (typeof value !== 'object' || value === null) return {}
  const record = value as Record<string, unknown>
  const draft: StoredUserDraft = {}
  if (typeof record.id === 'string' && USER_ID_PATTERN.test(record.id)) draft.id = record.id
  if (typeof record.name === 'string') {
    const check = checkName(record.name)
    if (check.ok) draft.name = check.name
  }
  const color = currentColor(record.color)
  if (color !== null) draft.color = color
  if (isTakesPartAs(record.takesPartAs)) draft.takesPartAs = record.takesPartAs
  return draft
}

/** A draft is a user once it has an id, a name and a colour. */
export function completeUser(draft: StoredUserDraft): StoredUser | null {
  const { id, name, color, takesPartAs } = draft
  if (id === undefined || name === undefined || color === undefined) return null
  return takesPartAs === undefined ? { id, name, color } : { id, name, color, takesPartAs }
}

/**
 * A random id from `crypto.getRandomValues`, which (unlike `crypto.randomUUID`) works on
 * plain http, as on a workshop's local network.
 */
export function newUserId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** A colour for someone who has none yet, so the form never starts empty. */
export function randomUserColor(): UserColor {
  const [byte = 0] = globalThis.crypto.getRandomValues(new Uint8Array(1))
  return USER_COLORS[byte % USER_COLORS.length] ?? USER_COLORS[0]
}

/** The parts of `Storage` used here, so tests can pass a Map-backed fake. */
export type UserStorage = Pick<Storage, 'getItem' | 'setItem'>

/**
 * Reads the remembered user, creating and saving an id on first visit. Storage can be
 * missing or throw (private browsing, disabled cookies); then the id lives for this page
 * only and the participant is asked for their name again next time.
 */
export function loadUser(storage: UserStorage | null): StoredUserDraft & { id: string } {
  let draft: StoredUserDraft = {}
  try {
    draft = parseStoredUser(storage?.getItem(USER_STORAGE_KEY) ?? null)
  } catch {
    // Unreadable storage: start fresh.
  }
  if (draft.id !== undefined) return { ...draft, id: draft.id }
  const withId = { ...draft, id: newUserId() }
  saveUser(storage, withId)
  return withId
}

export function saveUser(storage: UserStorage | null, user: StoredUserDraft): void {
  try {
    storage?.setItem(USER_STORAGE_KEY, JSON.stringify(user))
  } catch {
    // Full or disabled storage: the user still works for this visit.
  }
}
