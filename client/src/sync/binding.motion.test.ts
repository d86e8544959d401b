import { Y_MOTION, Y_RECORDS } from '@common-ground/shared'
import type { TLStore } from 'tldraw'
import { afterEach, describe, expect, test, vi } from 'vitest'
import * as Y from 'yjs'
import { bindStoreToDoc, MOTION_SETTLE_MS, type BindingOptions } from './binding'
import { openBoardDoc } from './boardDoc'
import { createManualScheduler } from './flushScheduler'
import {
  countUpdates,
  createManualClock,
  createTestStore,
  docMotion,
  docRecords,
  geoShape,
  syncDocs,
  serverMadeDoc,
} from './test/fixtures'

/** Moving a shape sends its position alone and writes the whole record once it rests. */

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

const A = geoShape('a').id

function peer(doc: Y.Doc, clock = createManualClock(), options: BindingOptions = {}) {
  const store = createTestStore()
  const scheduler = createManualScheduler()
  const binding = bindStoreToDoc(store, doc, {
    scheduler,
    settleTimer: clock.settleTimer,
    now: clock.now,
    ...options,
  })
  cleanups.push(() => binding.dispose())
  return { store, binding, clock, flushFrame: () => scheduler.runPending() }
}

function storedRecord(doc: Y.Doc, id: string): unknown {
  const entries = doc.getArray<{ key: string; val: unknown }>(Y_RECORDS).toArray()
  return entries.find((entry) => entry.key === id)?.val
}

/** A board holding shape `a` at (0, 0), and two bound peers in sync on it. */
function board() {
  const docA = serverMadeDoc()
  const a = peer(docA)
  a.store.put([geoShape('a', 0, 0)])
  a.binding.flush()
  const docB = new Y.Doc()
  syncDocs(docA, docB)
  const b = peer(docB)
  return { docA, docB, a, b }
}

const moveTo = (store: TLStore, x: number, y: number) => store.update(A, (r) => ({ ...r, x, y }))

describe('moving a shape', () => {
  test('sends a motion entry per flush, far smaller than the record, and others see it move', () => {
    const { docA, docB, a, b } = board()
    const sizes: number[] = []
    docA.on('update', (update: Uint8Array) => sizes.push(update.byteLength))

    for (let step = 1; step <= 10; step++) {
      moveTo(a.store, step * 3.5, step * 1.25)
      a.flushFrame()
      syncDocs(docA, docB)
      expect(b.store.get(A)).toMatchObject({ x: step * 3.5, y: step * 1.25 })
    }

    expect(docMotion(docA)).toEqual({ [A]: { x: 35, y: 12.5, rotation: 0 } })
    expect(storedRecord(docA, A)).toMatchObject({ x: 0, y: 0 })
    const recordBytes = JSON.stringify(storedRecord(docA, A)).length
    expect(sizes).toHaveLength(10)
    for (const size of sizes) expect(size).toBeLessThan(recordBytes / 3)
  })

  test('once the shape rests, the whole record is written and the motion entry deleted, in one transaction', () => {
    const { docA, docB, a, b } = board()
    moveTo(a.store, 40, 50)
    a.flushFrame()
    const updates = countUpdates(docA)

    a.clock.advance(MOTION_SETTLE_MS - 1)
    expect(updates.total()).toBe(0)
    a.clock.advance(1)
    expect(updates.total()).toBe(1)
    expect(docMotion(docA)).toEqual({})
    expect(storedRecord(docA, A)).toMatchObject({ x: 40, y: 50 })

    const userChangesOnB = vi.fn()
    b.store.listen(userChangesOnB, { source: 'user' })
    syncDocs(docA, docB)
    expect(b.store.get(A)).toMatchObject({ x: 40, y: 50 })
    expect(userChangesOnB).not.toHaveBeenCalled()
  })

  test('a shape that keeps moving settles only after its last move', () => {
    const { docA, a } = board()
    for (let step = 1; step <= 5; step++) {
      moveTo(a.store, step, step)
      a.flushFrame()
      a.clock.advance(MOTION_SETTLE_MS / 2)
    }
    expect(docMotion(docA)).toEqual({ [A]: { x: 5, y: 5, rotation: 0 } })
    a.clock.advance(MOTION_SETTLE_MS / 2)
    expect(docMotion(docA)).toEqual({})
    expect(storedRecord(docA, A)).toMatchObject({ x: 5, y: 5 })
  })

  test('any other change writes the whole record and takes the motion entry with it', () => {
    const { docA, a } = board()
    moveTo(a.store, 10, 10)
    a.flushFrame()
    a.store.update(A, (r) => ({ ...r, x: 20, props: { ...r.props, color: 'red' } }) as typeof r)
    a.flushFrame()
    expect(docMotion(docA)).toEqual({})
    expect(storedRecord(docA, A)).toMatchObject({ x: 20, props: { color: 'red' } })
  })

  test("someone else's edit during a drag keeps the dragged position", () => {
    const { docA, docB, a, b } = board()
    moveTo(a.store, 70, 80)
    a.flushFrame()
    syncDocs(docA, docB)
    // B recolours the shape as it moves: B writes the record whole, at the moved position.
    b.store.update(A, (r) => ({ ...r, props: { ...r.props, color: 'green' } }) as typeof r)
    b.flushFrame()
    moveTo(a.store, 90, 100)
    a.flushFrame()
    syncDocs(docB, docA)
    syncDocs(docA, docB)

    for (const store of [a.store, b.store]) {
      expect(store.get(A)).toMatchObject({ x: 90, y: 100, props: { color: 'green' } })
    }
    expect(docRecords(docA)).toEqual(docRecords(docB))
  })

  test('deleting a moving shape deletes its motion entry too', () => {
    const { docA, a } = board()
    moveTo(a.store, 5, 5)
    a.flushFrame()
    a.store.remove([A])
    a.flushFrame()
    expect(docMotion(docA)).toEqual({})
    expect(storedRecord(docA, A)).toBeUndefined()
  })

  test('flush and dispose settle at once, so a closed tab leaves no motion behind', () => {
    const { docA, a } = board()
    moveTo(a.store, 12, 34)
    a.flushFrame()
    a.binding.dispose()
    expect(docMotion(docA)).toEqual({})
    expect(storedRecord(docA, A)).toMatchObject({ x: 12, y: 34 })
  })
})

describe('reading motion', () => {
  test('a board left mid-drag loads at the moved position and loading writes nothing', () => {
    const { docA } = board()
    openBoardDoc(docA).motion.set(A, { x: 300, y: 400, rotation: 0 })
    const docC = new Y.Doc()
    syncDocs(docA, docC)
    const updates = countUpdates(docC)
    const c = peer(docC)
    expect(c.store.get(A)).toMatchObject({ x: 300, y: 400 })
    expect(updates.total()).toBe(0)
  })

  test('a malformed motion value is ignored: the stored record stands', () => {
    const { docA, docB, b } = board()
    docA.transact(() => {
      docA
        .getArray<{ key: string; val: unknown }>(Y_MOTION)
        .push([{ key: A, val: { x: 'far', y: 1, rotation: 0 } }])
    })
    syncDocs(docA, docB)
    expect(b.store.get(A)).toMatchObject({ x: 0, y: 0 })
  })
})
