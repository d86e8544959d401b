import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Awareness } from 'y-protocols/awareness'

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
 * Rewrites an awareness update so that each state keeps only its `user` field. Observers are
 * listed among the people on a board but draw no cursor or selection: their `presence`
 * never leaves the server (PROTOCOL.md R16). Clocks are kept, so the rewritten entries
 * order against the originals exactly as y-protocols expects. A removal (null state)
 * stays a removal.
 */
export function presenceOnly(update: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(update)
  const encoder = encoding.createEncoder()
  const count = decoding.readVarUint(decoder)
  encoding.writeVarUint(encoder, count)
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    encoding.writeVarString(encoder, JSON.stringify(userOnly(state)))
  }
  return encoding.toUint8Array(encoder)
}

function userOnly(state: unknown): { user?: unknown } | null {
  if (state === null) return null
  if (typeof state !== 'object' || Array.isArray(state) || !('user' in state)) return {}
  return { user: state.user }
}
