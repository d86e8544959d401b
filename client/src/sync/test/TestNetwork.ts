import * as Y from 'yjs'

/**
 * Carries Yjs updates between docs only when a test says so, in any order it likes
 * (after yjs's `TestConnector`). Every doc is linked to every other; an update waits on
 * each link until delivered. A disconnected doc neither sends nor receives: its updates
 * and those meant for it are dropped, and reconnecting exchanges state vectors, as
 * y-websocket does through the relay.
 */
export class TestNetwork {
  private readonly docs: Y.Doc[] = []
  private readonly online = new Set<Y.Doc>()
  /** `queues.get(to).get(from)`: updates sent by `from`, not yet applied by `to`. */
  private readonly queues = new Map<Y.Doc, Map<Y.Doc, Uint8Array[]>>()

  add(doc: Y.Doc): void {
    this.docs.push(doc)
    this.queues.set(doc, new Map())
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this || !this.online.has(doc)) return
      for (const to of this.online) {
        if (to !== doc) this.queue(to, doc).push(update)
      }
    })
    this.connect(doc)
  }

  isOnline(doc: Y.Doc): boolean {
    return this.online.has(doc)
  }

  disconnect(doc: Y.Doc): void {
    this.online.delete(doc)
    this.queues.get(doc)?.clear()
    for (const queues of this.queues.values()) queues.delete(doc)
  }

  connect(doc: Y.Doc): void {
    if (this.online.has(doc)) return
    this.online.add(doc)
    for (const other of this.online) {
      if (other === doc) continue
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)), this)
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), this)
    }
  }

  pendingCount(): number {
    let count = 0
    for (const queues of this.queues.values()) {
      for (const queue of queues.values()) count += queue.length
    }
    return count
  }

  /** Applies one waiting update chosen by `random` (0 <= random() < 1). */
  deliverOne(random: () => number): boolean {
    const links = [...this.queues].flatMap(([to, queues]) =>
      [...queues].filter(([, queue]) => queue.length > 0).map(([, queue]) => ({ to, queue })),
    )
    if (links.length === 0) return false
    const link = links[Math.floor(random() * links.length)]!
    const [update] = link.queue.splice(Math.floor(random() * link.queue.length), 1)
    Y.applyUpdate(link.to, update!, this)
    return true
  }

  deliverAll(random: () => number): void {
    while (this.deliverOne(random)) {
      // Applying an update can queue more (YKeyValue's duplicate clean-up); keep going.
    }
  }

  private queue(to: Y.Doc, from: Y.Doc): Uint8Array[] {
    const queues = this.queues.get(to)!
    let queue = queues.get(from)
    if (!queue) {
      queue = []
      queues.set(from, queue)
    }
    return queue
  }
}

/** A small seeded generator (mulberry32): the same seed replays the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
