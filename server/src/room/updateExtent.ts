import * as Y from 'yjs'

/**
 * Which clocks an update covers: everything the R18 check needs to know about it. Read
 * once, when its message is decoded (R5 decodes every update anyway), so the room does not
 * parse an update a second time before applying it.
 */
export interface UpdateExtent {
  /** Per client: the first clock of its structs, and the clock just after its last. */
  structs: Map<number, { from: number; to: number }>
  /** Per client: the clock just after its last deletion. */
  deletesTo: Map<number, number>
}

/** Throws if `update` is not a readable Yjs update. */
export function readUpdateExtent(update: Uint8Array): UpdateExtent {
  const { structs, ds } = Y.decodeUpdate(update)
  const extent: UpdateExtent = { structs: new Map(), deletesTo: new Map() }
  // Structs come grouped by client, in clock order within each group.
  for (const struct of structs) {
    const end = struct.id.clock + struct.length
    const range = extent.structs.get(struct.id.client)
    if (range === undefined)
      extent.structs.set(struct.id.client, { from: struct.id.clock, to: end })
    else range.to = end
  }
  for (const [client, deletions] of ds.clients) {
    let to = 0
    for (const { clock, len } of deletions) to = Math.max(to, clock + len)
    extent.deletesTo.set(client, to)
  }
  return extent
}

/** True when the update carries no structs and no deletions: nothing to store. */
export function isEmptyExtent(extent: UpdateExtent): boolean {
  return extent.structs.size === 0 && extent.deletesTo.size === 0
}

/**
 * R18: true when the update builds on changes of its own clients, or deletes content,
 * that `doc` has not received: it cannot be integrated yet. The doc's clocks are read
 * from its store.
 */
export function isAhead(extent: UpdateExtent, doc: Y.Doc): boolean {
  for (const [client, { from }] of extent.structs) {
    if (from > Y.getState(doc.store, client)) return true
  }
  for (const [client, deletesTo] of extent.deletesTo) {
    const known = Math.max(Y.getState(doc.store, client), extent.structs.get(client)?.to ?? 0)
    if (deletesTo > known) return true
  }
  return false
}
