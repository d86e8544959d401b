import { createShapeId, type IndexKey, type TLDrawShape, type TLPageId } from 'tldraw'
import { afterEach, expect, test } from 'vitest'
import { drawShapeRecord } from '@common-ground/shared'
import * as Y from 'yjs'
import { bindStoreToDoc } from './binding'
import { openBoardDoc } from './boardDoc'
import { createManualScheduler } from './flushScheduler'
import { GROWTH_FLUSH_RATIO, GrowthGate, isGrowingRecord } from './growingRecords'
import { createTestStore, geoShape } from './test/fixtures'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function stroke(points: number, isComplete = false): TLDrawShape {
  const vecs = Array.from({ length: points }, (_, i) => ({ x: i * 3, y: (i * 7) % 50, z: 0.5 }))
  const placed = { id: createShapeId('stroke'), parentId: 'page:page' as TLPageId }
  return drawShapeRecord({ ...placed, index: 'a1' as IndexKey, x: 0, y: 0 }, vecs, isComplete)
}

/** Bytes of every update the doc emits, by origin-independent count. */
function recordUpdates(doc: Y.Doc) {
  const sizes: number[] = []
  doc.on('update', (update: Uint8Array) => sizes.push(update.byteLength))
  return sizes
}

test('only a draw or highlight stroke in progress counts as growing', () => {
  expect(isGrowingRecord(stroke(3))).toBe(true)
  expect(isGrowingRecord(stroke(3, true))).toBe(false)
  expect(isGrowingRecord(geoShape('a'))).toBe(false)
})

test('the gate sends a growing record again only once it has grown by the ratio', () => {
  const gate = new GrowthGate(2)
  const small = stroke(10)
  expect(gate.shouldSend(small)).toBe(true)
  gate.sent(small)
  expect(gate.shouldSend(stroke(11))).toBe(false)
  const size = (r: TLDrawShape) => JSON.stringify(r).length
  let n = 11
  while (size(stroke(n)) < 2 * size(small)) n++
  expect(gate.shouldSend(stroke(n))).toBe(true)
  // Finishing always sends, whatever the size.
  expect(gate.shouldSend(stroke(n - 1, true))).toBe(true)
})

test('a 500-point stroke drawn frame by frame sends a constant multiple of its final size', () => {
  const doc = new Y.Doc()
  const store = createTestStore()
  const scheduler = createManualScheduler()
  const binding = bindStoreToDoc(store, doc, { scheduler })
  cleanups.push(() => binding.dispose())
  const sizes = recordUpdates(doc)
  for (let points = 1; points <= 500; points++) {
    store.put([stroke(points)])
    scheduler.runPending()
  }
  store.put([stroke(500, true)])
  scheduler.runPending()

  // Others hold the finished stroke...
  const board = openBoardDoc(doc)
  expect(board.records.get(stroke(1).id)).toEqual(stroke(500, true))
  // ...and it cost at most ratio / (ratio - 1) times its final size plus the final send.
  const alone = new Y.Doc()
  openBoardDoc(alone).records.set(stroke(1).id, stroke(500, true))
  const finalBytes = Y.encodeStateAsUpdate(alone).byteLength
  const total = sizes.reduce((a, b) => a + b, 0)
  expect(total).toBeLessThan((GROWTH_FLUSH_RATIO / (GROWTH_FLUSH_RATIO - 1) + 1.5) * finalBytes)
  expect(sizes.length).toBeLessThan(30)
})

test('an explicit flush writes a stroke in progress at once', () => {
  const doc = new Y.Doc()
  const store = createTestStore()
  const scheduler = createManualScheduler()
  const binding = bindStoreToDoc(store, doc, { scheduler })
  cleanups.push(() => binding.dispose())
  store.put([stroke(10)])
  scheduler.runPending()
  store.put([stroke(11)])
  scheduler.runPending()
  expect(openBoardDoc(doc).records.get(stroke(1).id)).toEqual(stroke(10))
  binding.flush()
  expect(openBoardDoc(doc).records.get(stroke(1).id)).toEqual(stroke(11))
})
