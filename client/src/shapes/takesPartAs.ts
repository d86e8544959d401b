import { PERSON_ROLES, type PersonRole, type TakesPartAs } from '@common-ground/shared'

/**
 * The person card's role for a participant who adds themselves: what they said when
 * joining. "Prefer not to say" and no answer become a neighbour or community member,
 * the role that claims least.
 */
export function roleFromJoin(takesPartAs: TakesPartAs | undefined): PersonRole {
  return PERSON_ROLES.find((role) => role.id === takesPartAs)?.id ?? 'community'
}
