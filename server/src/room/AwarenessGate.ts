import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Awareness } from 'y-protocols/awareness'
import { DropReason } from './RoomMetrics.js'

export interface AwarenessGateLimits {
  /** R25: client ids one connection may own. */
  maxClientsPerConnection: number
  /** R26: client ids (so states) the whole board may hold. */
  maxStatesPerBoard: number
  /** R26: largest state, in bytes of JSON. */
  maxStateBytes: number
}

/** What the room may apply of one awareness message. */
export interface Admitted {
  /**
   * The entries the sender may write, with their states rewritten, encoded as y-protocols
   * does; null when none of them is newer than what the room holds (nothing to apply).
   */
  update: Uint8Array | null
  /** Why entries were dropped, one reason once per message (for the rejection metric). */
  dropped: Set<string>
}

const utf8 = new TextDecoder()

/**
 * Who may write which awareness client id on a board (PROTOCOL.md R25, R26). A connection
 * owns the ids it announced first, until it leaves; it may update or remove only those.
 * An entry for an id another connection owns is dropped, whatever its clock, so nobody can
 * take over someone else's name, colour or cursor. The number of ids per connection and per
 * board, and the size of each state, are bounded, so the room's awareness (and what every
 * client is sent) cannot be grown by one socket.
 *
 * Generic in the connection type so it can be tested without a room.
 */
export class AwarenessGate<C> {
  private readonly owners = new Map<number, C>()
  private readonly owned = new Map<C, Set<number>>()
  /**
   * The last clock of ids whose connection left, oldest first, at most `maxStatesPerBoard`
   * of them. The room drops a left id's `meta` (y-protocols would keep it forever, and a
   * socket announcing ever new ids would grow it without end), but its clock must outlive
   * it a little: the others echo the state they still hold until they hear of the
   * removal, and such an echo must not bring the state back as theirs.
   */
  private readonly leftClocks = new Map<number, number>()

  constructor(private readonly limits: AwarenessGateLimits) {}

  /** Client ids owned by anyone: never more than `maxStatesPerBoard`. */
  get size(): number {
    return this.owners.size
  }

  /** The ids `from` owns. */
  idsOf(from: C): ReadonlySet<number> {
    return this.owned.get(from) ?? new Set()
  }

  /**
   * Reads `update` (already checked by `readClientMessage`) entry by entry and keeps those
   * `from` may write, each state passed through `rewrite` (R16). An unowned id with a
   * state becomes `from`'s if it has room for one more and the board too.
   */
  admit(
    update: Uint8Array,
    from: C,
    awareness: Awareness,
    rewrite: (state: unknown) => unknown,
  ): Admitted {
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    const kept = encoding.createEncoder()
    let keptCount = 0
    let news = false
    const dropped = new Set<string>()
    const entries = encoding.createEncoder()
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const json = decoding.readVarUint8Array(decoder)
      const held = awareness.meta.get(client)?.clock ?? this.leftClocks.get(client) ?? 0
      const owner = this.owners.get(client)
      if (owner !== undefined && owner !== from) {
        // A y-websocket client echoes every change it hears: an entry no newer than the
        // room's is that echo. A newer one is an attempt to take the id over.
        if (clock > held) dropped.add(DropReason.AwarenessForeign)
        continue
      }
      if (json.byteLength > this.limits.maxStateBytes) {
        dropped.add(DropReason.AwarenessTooLarge)
        continue
      }
      const state: unknown = JSON.parse(utf8.decode(json))
      if (owner === undefined) {
        // Nothing to remove, or an entry y-protocols would ignore anyway.
        if (state === null || clock <= held) continue
        if (!this.claim(client, from)) {
          dropped.add(DropReason.AwarenessOverLimit)
          continue
        }
      }
      if (clock > held || (clock === held && state === null && awareness.states.has(client))) {
        news = true
      }
      encoding.writeVarUint(entries, client)
      encoding.writeVarUint(entries, clock)
      encoding.writeVarString(entries, JSON.stringify(rewrite(state)))
      keptCount++
    }
    if (!news) return { update: null, dropped }
    encoding.writeVarUint(kept, keptCount)
    encoding.writeUint8Array(kept, encoding.toUint8Array(entries))
    return { update: encoding.toUint8Array(kept), dropped }
  }

  /** Forgets what `from` owned (it left) and returns those ids. */
  release(from: C): number[] {
    const ids = [...(this.owned.get(from) ?? [])]
    this.owned.delete(from)
    for (const id of ids) this.owners.delete(id)
    return ids
  }

  /**
   * Drops the `meta` of ids released (and removed) from `awareness`, keeping only their
   * clocks, within the bound. The room holds awareness meta for owned ids only.
   */
  forget(ids: readonly number[], awareness: Awareness): void {
    for (const id of ids) {
      const clock = awareness.meta.get(id)?.clock
      awareness.meta.delete(id)
      if (clock === undefined || this.owners.has(id)) continue
      this.leftClocks.delete(id)
      this.leftClocks.set(id, clock)
      if (this.leftClocks.size > this.limits.maxStatesPerBoard) {
        this.leftClocks.delete(this.leftClocks.keys().next().value!)
      }
    }
  }

  private claim(client: number, from: C): boolean {
    let ids = this.owned.get(from)
    if ((ids?.size ?? 0) >= this.limits.maxClientsPerConnection) return false
    if (this.owners.size >= this.limits.maxStatesPerBoard) return false
    if (ids === undefined) this.owned.set(from, (ids = new Set()))
    ids.add(client)
    this.owners.set(client, from)
    this.leftClocks.delete(client)
    return true
  }
}
