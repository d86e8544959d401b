import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Awareness } from 'y-protocols/awareness'
import type { Role } from '@common-ground/shared'

/**
 * Awareness updates as the room reads them (y-protocols encoding: a count, then client
 * id, clock and JSON state per entry). They were checked by `readClientMessage`, so
 * they decode.
 */

/**
 * True when applying `update` would change what `awareness` holds: some entry has a newer
 * clock, or removes a state at the same clock (the rule of `applyAwarenessUpdate`).
 * y-websocket clients re-send every awareness change they receive; those copies are not
 * news, cost nothing to drop, and are not counted against a connection's rate (R21).
 */
export function carriesNews(update: Uint8Array, awareness: Awareness): boolean {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    const held = awareness.meta.get(client)?.clock ?? 0
    if (held < clock || (held === clock && state === null && awareness.states.has(client))) {
      return true
    }
  }
  return false
}

/**
 * Rewrites an awareness update entry by entry, keeping client ids and clocks, so the
 * rewritten entries order against the originals exactly as y-protocols expects.
 */
export function rewriteStates(update: Uint8Array, rewrite: (state: unknown) => unknown) {
  const decoder = decoding.createDecoder(update)
  const encoder = encoding.createEncoder()
  const count = decoding.readVarUint(decoder)
  encoding.writeVarUint(encoder, count)
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    encoding.writeVarString(encoder, JSON.stringify(rewrite(state)))
  }
  return encoding.toUint8Array(encoder)
}

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
