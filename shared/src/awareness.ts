import type { Role, TakesPartAs } from './roles.js'

/**
 * What each client puts in its y-protocols awareness state. The server relays it
 * without reading it; clients read each other's.
 */
export interface AwarenessUser {
  /** Stable per browser (remembered locally), not per connection. */
  id: string
  name: string
  /** A CSS colour, e.g. `#e03131`. */
  color: string
  /** How they take part, if they chose to say (asked when joining). */
  takesPartAs?: TakesPartAs
  /** The role their link gave them, so others can see who is only watching. */
  role?: Role
}

export interface AwarenessState {
  user: AwarenessUser
  /** tldraw `TLInstancePresence` record of this client, or null before it has one. */
  presence: unknown
}

/** Colours offered to participants: distinct, and readable as cursor labels. */
export const USER_COLORS = [
  '#e03131',
  '#f76707',
  '#e8590c',
  '#2f9e44',
  '#0c8599',
  '#1971c2',
  '#6741d9',
  '#c2255c',
] as const

export const MAX_USER_NAME_LENGTH = 40
