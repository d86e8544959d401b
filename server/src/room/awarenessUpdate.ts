import type { Role } from '@common-ground/shared'

/**
 * What others may see of a connection's awareness state (R16). A client says who it is,
 * but not what it may do: `user.role` is set to the role the server gave the connection,
 * whatever the client claimed, so nobody can pass for a facilitator or hide being an
 * observer. Observers keep only `user`: they are listed among the people on a board but
 * draw no cursor or selection. A removal (null state) stays a removal.
 */
export function stampRole(state: unknown, role: Role): unknown {
  if (state === null) return null
  if (typeof state !== 'object' || Array.isArray(state)) return {}
  const { user } = state as { user?: unknown }
  const stamped =
    typeof user === 'object' && user !== null && !Array.isArray(user) ? { ...user, role } : user
  if (role === 'observer') return stamped === undefined ? {} : { user: stamped }
  return { ...state, user: stamped }
}
