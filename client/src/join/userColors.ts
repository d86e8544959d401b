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

export function isUserColor(value: unknown): value is UserColor {
  return typeof value === 'string' && (USER_COLORS as readonly string[]).includes(value)
}
