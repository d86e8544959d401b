import { USER_COLORS } from '@common-ground/shared'

export type UserColor = (typeof USER_COLORS)[number]

/**
 * The name a screen reader (and the colour picker's label) gives each colour. Keyed by
 * the colour so adding one to USER_COLORS without naming it fails the typecheck.
 */
const COLOR_NAMES: Record<UserColor, string> = {
  '#e03131': 'Red',
  '#f76707': 'Orange',
  '#e8590c': 'Dark orange',
  '#2f9e44': 'Green',
  '#0c8599': 'Teal',
  '#1971c2': 'Blue',
  '#6741d9': 'Purple',
  '#c2255c': 'Pink',
}

export function isUserColor(value: unknown): value is UserColor {
  return typeof value === 'string' && (USER_COLORS as readonly string[]).includes(value)
}

export function colorName(color: UserColor): string {
  return COLOR_NAMES[color]
}
