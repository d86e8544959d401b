import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { geoShape, putShapes, recordsOf } from './roomTestkit.testkit.js'
import { boardDoc } from './UpdateValidator.js'
import { isAhead as isAheadExtent, readUpdateExtent } from './updateExtent.js'
import { random } from '../seededRandom.testkit.js'

/**
 * R18's test as the room made it when it kept a replica: the doc's state vector
 * round-tripped through its encoding, and the update parsed twice.
 */
function isAheadReference(update: Uint8Array, doc: Y.Doc): boolean {
  const known = Y.decodeStateVector(Y.encodeStateVector(doc))
  const { from, to } = Y.parseUpdateMeta(update)
  for (const [client, clock] of from) if (clock > (known.get(client) ?? 0)) return true
  for (const [client, deletions] of Y.decodeUpdate(update).ds.clients) {
    const end = Math.max(known.get(client) ?? 0, to.get(client) ?? 0)
    if (deletions.some(({ clock, len }) => clock + len > end)) return true
  }
  return false
}

const isAhead = (update: Uint8Array, doc: Y.Doc) => isAheadExtent(readUpdateExtent(update), doc)

describe('updateExtent', () => {
  it('R18: an update is ahead when it skips its own client’s changes or deletes beyond them', () => {
    const room = boardDoc()
    const client = new Y.Doc()
    const updates: Uint8Array[] = []
    client.on('update', (update: Uint8Array) => updates.push(update))
    putShapes(client, 'a')
    putShapes(client, 'b')
    recordsOf(client).delete(0, 2)
    const [first, second, deletion] = updates as [Uint8Array, Uint8Array, Uint8Array]
    expect(isAhead(first, room)).toBe(false)
    expect(isAhead(second, room)).toBe(true)
    expect(isAhead(deletion, room)).toBe(true)
    expect(isAhead(Y.mergeUpdates([first, second, deletion]), room)).toBe(false)
    Y.applyUpdate(room, first)
    expect(isAhead(second, room)).toBe(false)
    expect(isAhead(deletion, room)).toBe(true)
    expect(isAhead(Y.mergeUpdates([second, deletion]), room)).toBe(false)
    // Already known content is not ahead.
    expect(isAhead(first, room)).toBe(false)
  })

  it.each(Array.from({ length: 20 }, (_, i) => i + 1))(
    'R18: isAhead answers as the replica-based check did (seed %i)',
    (seed) => {
      const rng = random(seed)
      const room = boardDoc()
      const clients = Array.from({ length: 3 }, () => new Y.Doc())
      const updates: Uint8Array[] = []
      for (const client of clients) {
        client.on('update', (update: Uint8Array) => updates.push(update))
      }
      let shapes = 0
      const answers = { ahead: 0, not: 0 }
      for (let step = 0; step < 60; step++) {
        const client = clients[rng.int(clients.length)]!
        const records = recordsOf(client)
        if (records.length === 0 || rng.chance(0.6)) {
          const val = geoShape(`s${shapes++}`)
          records.insert(rng.int(records.length + 1), [{ key: String(val.id), val }])
        } else {
          const at = rng.int(records.length)
          records.delete(at, Math.min(1 + rng.int(3), records.length - at))
        }
        // Clients hear from each other now and then, so they build on and delete each
        // other's content.
        if (rng.chance(0.3)) {
          const other = clients[rng.int(clients.length)]!
          if (other !== client) Y.applyUpdate(other, Y.encodeStateAsUpdate(client))
        }
        // The room gets some of the updates, in order.
        if (rng.chance(0.4)) {
          for (const update of updates.splice(0, rng.int(updates.length + 1))) {
            Y.applyUpdate(room, update)
          }
        }
        const candidates = [
          ...updates.slice(0, 4),
          Y.mergeUpdates(updates.filter(() => rng.chance(0.5)).concat(new Uint8Array([0, 0]))),
          Y.encodeStateAsUpdate(client, Y.encodeStateVector(room)),
          Y.encodeStateAsUpdate(client),
        ]
        for (const candidate of candidates) {
          const ahead = isAhead(candidate, room)
          expect(ahead).toBe(isAheadReference(candidate, room))
          answers[ahead ? 'ahead' : 'not']++
        }
      }
      expect(answers.ahead).toBeGreaterThan(0)
      expect(answers.not).toBeGreaterThan(0)
    },
  )
})
