/**
 * Roles a link grants on a board. Roles are about session controls and writing, never
 * about whose content weighs more: a participant's edit is worth a facilitator's.
 * - observer: sees everything live, writes nothing.
 * - participant: edits the canvas.
 * - facilitator: edits the canvas, manages links, archives the board, runs session tools.
 */
export const ROLES = ['facilitator', 'participant', 'observer'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** Roles whose link a facilitator may rotate (the facilitator link itself is not rotated here). */
export const ROTATABLE_ROLES = ['participant', 'observer'] as const satisfies readonly Role[]
export type RotatableRole = (typeof ROTATABLE_ROLES)[number]

export function canWrite(role: Role, archived: boolean): boolean {
  return !archived && role !== 'observer'
}

/**
 * How a person takes part, asked (optionally) when they join. The words come from
 * DOMAIN.md's "Who is in the room"; their words are the domain catalogue's
 * `role.<id>` (and the UI's `join.takesPart.not-said`), in the reader's language.
 */
export const TAKES_PART_AS = [
  { id: 'professional' },
  { id: 'service-user' },
  { id: 'family-carer' },
  { id: 'community' },
  { id: 'organisation' },
  { id: 'not-said' },
] as const
export type TakesPartAs = (typeof TAKES_PART_AS)[number]['id']

export function isTakesPartAs(value: unknown): value is TakesPartAs {
  return TAKES_PART_AS.some((option) => option.id === value)
}
