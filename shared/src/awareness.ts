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

/**
 * Colours offered to participants. Every pair differs by at least 25 (CIELAB ΔE) for
 * normal vision and as simulated for protanopia, deuteranopia and tritanopia (Machado
 * et al. 2009, full severity), and each carries white text at 4.5:1 or more, so cursor
 * labels stay readable (client/src/join/userColors.test.ts checks both).
 */
export const USER_COLORS = [
  '#000eff',
  '#e02506',
  '#596662',
  '#7e197f',
  '#6700bb',
  '#1f2937',
  '#9f141e',
  '#0079c6',
] as const

export const MAX_USER_NAME_LENGTH = 40
