import { META_SCHEMA_KEY, Y_META } from '@common-ground/shared'
import type { TLRecord, TLShape, TLStore } from 'tldraw'
import { afterEach, describe, expect, test, vi } from 'vitest'
import * as Y from 'yjs'
import { bindStoreToDoc, type BindingOptions, type StoreDocBinding } from './binding'
import { openBoardDoc } from './boardDoc'
import { createManualScheduler } from './flushScheduler'
import {
  countUpdates,
  createTestStore,
  docRecords,
  documentRecords,
  geoShape,
  syncDocs,
  textShape,
  serverMadeDoc,
} from './test/fixtures'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function bind(store: TLStore, doc: Y.Doc, options: BindingOptions = {}) {
  const scheduler = createManualScheduler()
  const binding = bindStoreToDoc(store, doc, { scheduler, ...options })
  cleanups.push(() => binding.dispose())
  return Object.assign(binding, { runScheduled: () => scheduler.runPending() })
}

/**
 * A board as its first client leaves it: the schema (written by the server, which makes
 * every board with it) and the default document and page plus `shapes`.
 */
function boardWith(...shapes: TLShape[]): Y.Doc {
  const doc = serverMadeDoc()
  const store = createTestStore()
  const binding = bind(store, doc)
  store.put(shapes)
  binding.flush()
  binding.dispose()
  return doc
}

describe('initial load', () => {
  test('3: an empty board receives the document and one page; the schema is for the server to write', () => {
    const doc = new Y.Doc()
    const store = createTestStore()
    bind(store, doc)
    const records = docRecords(doc)
    expect(Object.keys(records).sort()).toEqual(['document:document', 'page:page'])
    expect(doc.getMap(Y_META).has(META_SCHEMA_KEY)).toBe(false)
  })

  test('3: a board made by the server (schema only) receives the document and one page', () => {
    const doc = new Y.Doc()
    const store = createTestStore()
    const schema = store.schema.serialize()
    doc.getMap(Y_META).set(META_SCHEMA_KEY, schema)
    const meta = countUpdates(doc)
    bind(store, doc)
    expect(meta.total()).toBe(1)
    expect(Object.keys(docRecords(doc)).sort()).toEqual(['document:document', 'page:page'])
    expect(doc.getMap(Y_META).get(META_SCHEMA_KEY)).toEqual(schema)
  })

  test('joining a board writes nothing to it and loads every record', () => {
    const doc = boardWith(geoShape('a', 10, 20), textShape('b'))
    const updates = countUpdates(doc)
    const store = createTestStore()
    bind(store, doc)
    expect(updates.total()).toBe(0)
    expect(documentRecords(store)).toEqual(docRecords(doc))
    expect(store.get(geoShape('a').id)).toMatchObject({ x: 10, y: 20 })
  })

  test('two first clients racing on an empty board leave exactly one page', () => {
    const docA = new Y.Doc()
    const docB = new Y.Doc()
    const storeA = createTestStore()
    const storeB = createTestStore()
    bind(storeA, docA)
    bind(storeB, docB)
    syncDocs(docA, docB)
    syncDocs(docB, docA)
    const pages = (doc: Y.Doc) =>
      Object.values(docRecords(doc)).filter((r) => (r as TLRecord).typeName === 'page')
    expect(pages(docA)).toHaveLength(1)
    expect(docRecords(docA)).toEqual(docRecords(docB))
    expect(storeA.query.ids('page').get().size).toBe(1)
    expect(storeB.query.ids('page').get().size).toBe(1)
  })

  test('store records the board lacks are replaced by the board', () => {
    const doc = boardWith(geoShape('a'))
    const store = createTestStore()
    store.mergeRemoteChanges(() => store.put([geoShape('stale')]))
    bind(store, doc)
    expect(store.has(geoShape('stale').id)).toBe(false)
    expect(docRecords(doc)[geoShape('stale').id]).toBeUndefined()
  })
})

describe('local changes', () => {
  test('put, update and delete reach the doc in one transaction per flush', () => {
    const doc = boardWith(geoShape('gone'))
    const store = createTestStore()
    const binding = bind(store, doc)
    const transactions = countUpdates(doc)

    store.put([geoShape('a', 0, 0), geoShape('b', 5, 5)])
    store.update(geoShape('a').id, (r) => ({ ...r, x: 100 }))
    store.remove([geoShape('gone').id])
    expect(docRecords(doc)[geoShape('a').id]).toBeUndefined()
    binding.runScheduled()

    expect(transactions.total()).toBe(1)
    expect(docRecords(doc)[geoShape('a').id]).toMatchObject({ x: 100 })
    expect(docRecords(doc)[geoShape('b').id]).toMatchObject({ x: 5 })
    expect(docRecords(doc)[geoShape('gone').id]).toBeUndefined()
  })

  test('many edits before a frame are coalesced into one flush', () => {
    const doc = boardWith(geoShape('a'))
    const store = createTestStore()
    const binding = bind(store, doc)
    const updates = countUpdates(doc)
    for (let x = 0; x < 50; x++) {
      store.update(geoShape('a').id, (r) => ({ ...r, x }))
    }
    binding.runScheduled()
    binding.runScheduled()
    expect(updates.total()).toBe(1)
    expect(docRecords(doc)[geoShape('a').id]).toMatchObject({ x: 49 })
  })

  test('a change that ends where the doc already is writes nothing', () => {
    const doc = boardWith(geoShape('a', 1, 1))
    const store = createTestStore()
    const binding = bind(store, doc)
    const updates = countUpdates(doc)
    store.update(geoShape('a').id, (r) => ({ ...r, x: 50 }))
    store.update(geoShape('a').id, (r) => ({ ...r, x: 1 }))
    binding.runScheduled()
    expect(updates.total()).toBe(0)
  })

  test('instance, camera and pointer records never reach the doc', () => {
    const doc = new Y.Doc()
    const store = createTestStore()
    const binding = bind(store, doc)
    store.update('pointer:pointer' as TLRecord['id'], (r) => ({ ...r, x: 99 }) as TLRecord)
    store.update('camera:page:page' as TLRecord['id'], (r) => ({ ...r, z: 2 }) as TLRecord)
    binding.runScheduled()
    const typeNames = Object.values(docRecords(doc)).map((r) => (r as TLRecord).typeName)
    expect(new Set(typeNames)).toEqual(new Set(['document', 'page']))
  })
})

describe('remote changes', () => {
  function twoPeers() {
    const docA = boardWith()
    const docB = new Y.Doc()
    syncDocs(docA, docB)
    const storeA = createTestStore()
    const storeB = createTestStore()
    const a = bind(storeA, docA)
    const b = bind(storeB, docB)
    return { docA, docB, storeA, storeB, a, b }
  }

  test('reach the store without being echoed or entering undo history', () => {
    const { docA, docB, storeA, storeB, a, b } = twoPeers()
    const userChangesOnB = vi.fn()
    storeB.listen(userChangesOnB, { source: 'user', scope: 'all' })
    const updatesOnB = countUpdates(docB)

    storeA.put([geoShape('a', 3, 4)])
    a.runScheduled()
    syncDocs(docA, docB)
    b.runScheduled()

    expect(storeB.get(geoShape('a').id)).toMatchObject({ x: 3, y: 4 })
    expect(userChangesOnB).not.toHaveBeenCalled()
    // Only the relayed update itself: B wrote nothing back.
    expect(updatesOnB.total()).toBe(1)
  })

  test('remote deletions remove records from the store', () => {
    const { docA, docB, storeA, storeB, a } = twoPeers()
    storeA.put([geoShape('a')])
    a.runScheduled()
    syncDocs(docA, docB)
    storeA.remove([geoShape('a').id])
    a.runScheduled()
    syncDocs(docA, docB)
    expect(storeB.has(geoShape('a').id)).toBe(false)
  })

  test('an invalid remote record is skipped and reported; valid ones in the same update still apply', () => {
    const doc = boardWith()
    const store = createTestStore()
    const onInvalidRecord = vi.fn()
    bind(store, doc, { onInvalidRecord })
    const bad = { ...geoShape('bad'), props: { ...geoShape('bad').props, w: 'wide' } }
    const peer = new Y.Doc()
    syncDocs(doc, peer)
    const { records } = openBoardDoc(peer)
    peer.transact(() => {
      records.set(bad.id, bad)
      records.set(geoShape('good').id, geoShape('good'))
      records.set('instance:instance', { id: 'instance:instance', typeName: 'instance' })
      records.set('shape:mislabelled', geoShape('other'))
    })
    expect(() => syncDocs(peer, doc)).not.toThrow()

    expect(store.has(bad.id)).toBe(false)
    expect(store.has(geoShape('good').id)).toBe(true)
    expect(store.get('instance:instance' as TLRecord['id'])).toMatchObject({
      currentPageId: 'page:page',
    })
    expect(onInvalidRecord.mock.calls.map(([id]) => id).sort()).toEqual(
      [bad.id, 'instance:instance', 'shape:mislabelled'].sort(),
    )
  })

  test('an unflushed local edit wins over a remote edit of the same record', () => {
    const { docA, docB, storeA, storeB, a, b } = twoPeers()
    storeA.put([geoShape('a')])
    a.runScheduled()
    syncDocs(docA, docB)

    storeB.update(geoShape('a').id, (r) => ({ ...r, x: 222 }))
    storeA.update(geoShape('a').id, (r) => ({ ...r, x: 111 }))
    a.runScheduled()
    syncDocs(docA, docB)
    expect(storeB.get(geoShape('a').id)).toMatchObject({ x: 222 })
    b.runScheduled()
    syncDocs(docB, docA)

    expect(storeA.get(geoShape('a').id)).toMatchObject({ x: 222 })
    expect(docRecords(docA)).toEqual(docRecords(docB))
  })
})

describe('schema versions', () => {
  /** A board whose geo shapes were written before tldraw added flipX/flipY (geo v12). */
  function boardFromOlderClient() {
    const doc = boardWith(geoShape('old'), textShape('text'))
    const { records, meta } = openBoardDoc(doc)
    const old = geoShape('old')
    const { flipX: _x, flipY: _y, ...oldProps } = old.props
    const schema = createTestStore().schema.serialize()
    doc.transact(() => {
      records.set(old.id, { ...old, props: oldProps })
      meta.set(META_SCHEMA_KEY, {
        ...schema,
        sequences: { ...schema.sequences, 'com.tldraw.shape.geo': 11 },
      })
    })
    return doc
  }

  test('3: a board of an older schema is migrated in the store; nothing is written back', () => {
    const doc = boardFromOlderClient()
    const before = Y.encodeStateAsUpdate(doc)
    const store = createTestStore()
    bind(store, doc)

    expect(store.get(geoShape('old').id)).toMatchObject({ props: { flipX: false, flipY: false } })
    // The server migrates the board's records and writes its schema when it loads it.
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  test('a board from a newer client reports outdated and leaves the doc untouched', () => {
    const doc = boardWith(geoShape('a'))
    const schema = createTestStore().schema.serialize()
    doc.getMap(Y_META).set(META_SCHEMA_KEY, {
      ...schema,
      sequences: { ...schema.sequences, 'com.tldraw.shape.geo': 99 },
    })
    const before = Y.encodeStateAsUpdate(doc)
    const store = createTestStore()
    const onOutdated = vi.fn()
    const binding = bind(store, doc, { onOutdated })

    expect(binding.getState()).toBe('outdated')
    expect(onOutdated).toHaveBeenCalledOnce()
    store.put([geoShape('local')])
    binding.flush()
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  test('a board with a sequence this client does not know is newer too', () => {
    const doc = boardWith()
    const schema = createTestStore().schema.serialize()
    doc.getMap(Y_META).set(META_SCHEMA_KEY, {
      ...schema,
      sequences: { ...schema.sequences, 'com.example.shape.future': 1 },
    })
    const onOutdated = vi.fn()
    bind(createTestStore(), doc, { onOutdated })
    expect(onOutdated).toHaveBeenCalledOnce()
  })

  test('a newer client upgrading the board while we are bound stops this binding', () => {
    const doc = boardWith(geoShape('a'))
    const store = createTestStore()
    const onOutdated = vi.fn()
    const binding = bind(store, doc, { onOutdated })
    const peer = new Y.Doc()
    syncDocs(doc, peer)
    const schema = store.schema.serialize()
    peer.getMap(Y_META).set(META_SCHEMA_KEY, {
      ...schema,
      sequences: { ...schema.sequences, 'com.tldraw.shape.geo': 13 },
    })
    syncDocs(peer, doc)

    expect(binding.getState()).toBe('outdated')
    expect(onOutdated).toHaveBeenCalledOnce()
    const before = Y.encodeStateAsUpdate(doc)
    store.update(geoShape('a').id, (r) => ({ ...r, x: 5 }))
    binding.flush()
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  test('a board with records but an unreadable schema is not loaded and not written', () => {
    const doc = boardWith(geoShape('a'))
    doc.getMap(Y_META).set(META_SCHEMA_KEY, 'garbage')
    const before = Y.encodeStateAsUpdate(doc)
    const onLoadFailed = vi.fn()
    const binding: StoreDocBinding = bind(createTestStore(), doc, { onLoadFailed })
    expect(binding.getState()).toBe('failed')
    expect(onLoadFailed).toHaveBeenCalledOnce()
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })
})

describe('dispose', () => {
  test('flushes pending changes, then stops syncing', () => {
    const doc = boardWith()
    const store = createTestStore()
    const binding = bind(store, doc)
    store.put([geoShape('a')])
    binding.dispose()
    expect(docRecords(doc)[geoShape('a').id]).toBeDefined()
    store.put([geoShape('b')])
    binding.flush()
    expect(docRecords(doc)[geoShape('b').id]).toBeUndefined()
  })
})
