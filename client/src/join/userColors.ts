import { USER_COLORS } from '@common-ground/shared'

export type UserColor = (typeof USER_COLORS)[number]

/**
 * The catalogue key of the name a screen reader (and the colour picker's label) gives
 * each colour. `colour.<hex>` must be in the catalogue: adding a colour to USER_COLORS
 * without naming it fails the typecheck.
 */
export function colorNameKey(color: UserColor): `colour.${UserColor}` {
  return `colour.${color}`
}

/**
 * The palette before issue 15, in its order. A browser that remembers one of these gets
 * the colour at the same place in today's palette, keeping its name instead of being
 * asked to join again.
 */
const RETIRED_COLORS = [
  '#e03131',
  '#f76707',
  '#e8590c',
  '#2f9e44',
  '#0c8599',
  '#1971c2',
  '#6741d9',
  '#c2255c',
]

/** Today's colour for a remembered one, or null when it was never ours. */
export function currentColor(value: unknown): UserColor | null {
  if (isUserColor(value)) return value
  const retired = typeof value === 'string' ? RETIRED_COLORS.indexOf(value.toLowerCase()) : -1
  return retired === -1 ? null : (USER_COLORS[retired] ?? null)
}

export function isUserColor(value: unknown): value is UserColor {
  return typeof value === 'string' && (USER_COLORS as readonly string[]).includes(value)
}

/**
 * The colour a newcomer should wear so that, as far as the palette goes, nobody present
 * shares one. Only a newcomer asks (useFreeColor), so whoever else wears `own` keeps it:
 * they were there first, or chose it. Everyone with `own` is ranked by id and the k-th
 * (from 0) takes the k-th colour nobody wears; every client ranks alike, so newcomers who
 * join at once with the same colour move apart instead of onto one colour. (Ranking the
 * first to keep `own` would leave a newcomer ranked first in the colour of someone who
 * was already there.) Returns `own` when it is free or no free colour is left.
 */
export function freeColorFor(
  ownId: string,
  own: UserColor,
  others: readonly { id: string; color: string }[],
): UserColor {
  const sameColor = [ownId, ...others.filter((o) => o.color === own).map((o) => o.id)]
  const rank = [...new Set(sameColor)].sort().indexOf(ownId)
  if (sameColor.length === 1) return own
  const worn = new Set(others.map((other) => other.color))
  const free = USER_COLORS.filter((color) => color !== own && !worn.has(color))
  return free[rank] ?? own
}
