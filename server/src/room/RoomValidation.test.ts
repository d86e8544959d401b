import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, MessageType, SyncMessageType, Y_META, Y_MOTION } from '@common-ground/shared'
import {
  access,
  boardSchema,
  createManager,
  geoShape,
  putRecords,
  putSchema,
  putShapes,
  realBoardRecords,
  recordsOf,
  settle,
  shapeKey,
  shapeNames,
  storedDoc,
  TestClient,
} from './roomTestkit.testkit.js'

const BOARD = 'validated'

function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncMessageType.Update)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A board with a writer and a reader on it, both in sync with some content. */
async function room() {
  const rig = createManager()
  const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
  for (const client of [alice, bob]) client.connect(rig.manager, BOARD, access('participant'))
  putShapes(bob.doc, 'existing')
  await settle(rig.manager, [alice, bob])
  return { ...rig, alice, bob }
}

const box = geoShape('a')
const props = box.props as Record<string, unknown>

const invalidEdits: [string, (doc: Y.Doc) => void][] = [
  ['bad props', (doc) => putRecords(doc, { ...box, props: { ...props, w: 'wide' } })],
  ['an unknown typeName', (doc) => putRecords(doc, { ...box, typeName: 'widget' })],
  [
    'a record under another id',
    (doc) => recordsOf(doc).push([{ key: shapeKey('other'), val: box }]),
  ],
  [
    'an instance record',
    (doc) => putRecords(doc, { id: 'instance:instance', typeName: 'instance', meta: {} }),
  ],
  [
    'a camera record',
    (doc) => putRecords(doc, { ...boardSchema.types.camera.create({ id: 'camera:x' as never }) }),
  ],
  ['binary inside a record', (doc) => putRecords(doc, { ...box, meta: { b: new Uint8Array(1) } })],
  ['an entry that is not { key, val }', (doc) => recordsOf(doc).push([{ key: 'k' } as never])],
  ['a foreign root type', (doc) => doc.getMap('evil').set('x', 1)],
  ['a foreign root text', (doc) => doc.getText('t').insert(0, 'hi')],
  ['a nested Y.Map inside records', (doc) => recordsOf(doc).push([new Y.Map() as never])],
  ['a nested Y.Text inside meta', (doc) => doc.getMap(Y_META).set('schema', new Y.Text('x'))],
  ['a bad meta.schema', (doc) => putSchema(doc, { schemaVersion: 2, sequences: { x: 'new' } })],
  ['another meta key', (doc) => doc.getMap(Y_META).set('owner', 'mallory')],
  // R30: only the server writes the schema, even a valid one.
  ['R30: a valid meta.schema written by a client', (doc) => putSchema(doc)],
  [
    'R30: an older meta.schema written by a client',
    (doc) => putSchema(doc, { schemaVersion: 2, sequences: { 'com.tldraw.shape.geo': 1 } }),
  ],
  ['R30: deleting meta.schema', (doc) => doc.getMap(Y_META).delete('schema')],
  ['a keyed entry on the records array', (doc) => doc.getMap('records').set('k', box)],
  [
    'a valid record next to an invalid one',
    (doc) => putRecords(doc, geoShape('fine'), { ...box, typeName: 'widget' }),
  ],
]

const motionOf = (doc: Y.Doc) => doc.getArray<unknown>(Y_MOTION)
const moved = { x: 12.5, y: -3, rotation: 0.25 }

const invalidMotion: [string, unknown][] = [
  ['an extra key in val', { key: shapeKey('existing'), val: { ...moved, w: 10 } }],
  ['a missing rotation', { key: shapeKey('existing'), val: { x: 1, y: 2 } }],
  ['a NaN coordinate', { key: shapeKey('existing'), val: { ...moved, x: NaN } }],
  ['an infinite coordinate', { key: shapeKey('existing'), val: { ...moved, y: Infinity } }],
  ['a string coordinate', { key: shapeKey('existing'), val: { ...moved, x: '1' } }],
  ['a key that is not a shape', { key: 'page:page', val: moved }],
  ['an extra key in the entry', { key: shapeKey('existing'), val: moved, by: 'mallory' }],
  ['an entry that is not an object', 42],
]

describe('Room validation', () => {
  it.each(invalidEdits)(
    'R17: %s is not stored or relayed; the sender is closed with InvalidRecord and the room carries on',
    async (_name, write) => {
      const { manager, store, metrics, alice, bob } = await room()
      const appends = store.appends
      write(alice.doc)
      alice.deliverToServer()
      await manager.idle()
      expect(alice.closedWith).toBe(CloseCode.InvalidRecord)
      expect(bob.deliverToClient()).toBe(0)
      expect(store.appends).toBe(appends)
      expect(metrics.rejectedFor('InvalidRecord')).toBe(1)

      // The replica is back in step: the next valid updates are accepted and relayed.
      putShapes(bob.doc, 'next')
      const carol = new TestClient('carol')
      carol.connect(manager, BOARD, access('participant'))
      await settle(manager, [bob, carol])
      putShapes(carol.doc, 'third')
      await settle(manager, [bob, carol])
      expect(bob.closedWith).toBeNull()
      expect(carol.closedWith).toBeNull()
      expect(carol.names()).toEqual(['existing', 'next', 'third'])
      const stored = await storedDoc(store, BOARD)
      expect(shapeNames(stored)).toEqual(['existing', 'next', 'third'])
      expect([...stored.share.keys()].filter((k) => k !== 'records' && k !== 'meta')).toEqual([])
      await manager.closeAll()
    },
  )

  it('R17: the records a real first client writes are accepted, and so are edits and deletions', async () => {
    const { manager, store, alice, bob } = await room()
    alice.doc.transact(() => putRecords(alice.doc, ...realBoardRecords()))
    await settle(manager, [alice, bob])
    // An edit as y-utility's YKeyValue makes it: the old entry goes, the new one is appended.
    const records = recordsOf(alice.doc)
    const at = records.toArray().findIndex(({ key }) => key === shapeKey('box'))
    alice.doc.transact(() => {
      records.delete(at, 1)
      putRecords(alice.doc, geoShape('box', 99))
    })
    recordsOf(bob.doc).delete(0, 1)
    await settle(manager, [alice, bob])
    expect([alice.closedWith, bob.closedWith]).toEqual([null, null])
    const stored = await storedDoc(store, BOARD)
    expect(recordsOf(stored).toJSON()).toEqual(recordsOf(alice.doc).toJSON())
    expect(
      recordsOf(stored)
        .toArray()
        .map(({ key }) => key),
    ).toEqual(['document:document', 'page:page', 'shape:label', 'asset:photo', 'shape:box'])
    // R31: the schema is the one the room wrote when it loaded the board.
    expect(stored.getMap(Y_META).get('schema')).toEqual(boardSchema.serialize())
    expect(alice.doc.getMap(Y_META).get('schema')).toEqual(boardSchema.serialize())
    await manager.closeAll()
  })

  it('R18: edits made before a reconnect has synced wait for the changes they build on', async () => {
    const { manager, store, alice, bob } = await room()
    alice.disconnect()
    putShapes(alice.doc, 'offline')
    alice.connect(manager, BOARD, access('participant'))
    // An edit sent before the server's step 1 is answered: it builds on 'offline'.
    putShapes(alice.doc, 'right-after')
    recordsOf(alice.doc).delete(0, 1)
    const [step1, ...rest] = alice.outbox.splice(0)
    alice.outbox.push(...rest)
    alice.deliverToServer()
    await manager.idle()
    expect(alice.closedWith).toBeNull()
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['existing'])
    alice.sendRaw(step1!)
    await settle(manager, [alice, bob])
    expect(alice.closedWith).toBeNull()
    expect(bob.names()).toEqual(['offline', 'right-after'])
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['offline', 'right-after'])
    await manager.closeAll()
  })

  it('R17: a refused update leaves no trace: an update building on it is refused too', async () => {
    const { manager, store, alice, bob } = await room()
    putRecords(alice.doc, { ...box, typeName: 'widget' })
    alice.deliverToServer()
    await manager.idle()
    expect(alice.closedWith).toBe(CloseCode.InvalidRecord)
    // Another client that saw the refused content (a fork of alice's doc) builds on it.
    const fork = new Y.Doc()
    Y.applyUpdate(fork, Y.encodeStateAsUpdate(alice.doc))
    const known = Y.encodeStateVector(fork)
    putShapes(fork, 'on-top')
    const mallory = new TestClient('mallory')
    mallory.connect(manager, BOARD, access('participant'))
    await settle(manager, [mallory])
    mallory.sendRaw(syncUpdate(Y.encodeStateAsUpdate(fork, known)))
    mallory.deliverToServer()
    await manager.idle()
    expect(mallory.closedWith).toBe(CloseCode.InvalidRecord)
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['existing'])
    expect(bob.deliverToClient()).toBe(0)
    await manager.closeAll()
  })

  it('R18: an update referring to content no client sent is refused as invalid', async () => {
    const { manager, store, alice } = await room()
    // Build an update whose items sit after an item of a client the room has never seen.
    const ghost = new Y.Doc()
    ghost.clientID = 424242
    Y.applyUpdate(ghost, Y.encodeStateAsUpdate(alice.doc))
    putShapes(ghost, 'ghost')
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ghost))
    const known = Y.encodeStateVector(other)
    putShapes(other, 'after-ghost')
    const update = Y.encodeStateAsUpdate(other, known)
    alice.sendRaw(syncUpdate(update))
    alice.deliverToServer()
    await manager.idle()
    expect(alice.closedWith).toBe(CloseCode.InvalidRecord)
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['existing'])
    await manager.closeAll()
  })

  it('R17: a motion entry { key: shape id, val: { x, y, rotation } } is accepted, stored and relayed', async () => {
    const { manager, store, alice, bob } = await room()
    motionOf(alice.doc).push([{ key: shapeKey('existing'), val: moved }])
    await settle(manager, [alice, bob])
    // As YKeyValue moves it: the old entry goes, the new one is appended.
    alice.doc.transact(() => {
      motionOf(alice.doc).delete(0, 1)
      motionOf(alice.doc).push([{ key: shapeKey('existing'), val: { ...moved, x: 13 } }])
    })
    await settle(manager, [alice, bob])
    expect([alice.closedWith, bob.closedWith]).toEqual([null, null])
    const expected = [{ key: shapeKey('existing'), val: { ...moved, x: 13 } }]
    expect(motionOf(bob.doc).toJSON()).toEqual(expected)
    expect(motionOf(await storedDoc(store, BOARD)).toJSON()).toEqual(expected)
    // The mover folds the position back and deletes the entry once the shape rests.
    motionOf(alice.doc).delete(0, 1)
    await settle(manager, [alice, bob])
    expect(motionOf(bob.doc).toJSON()).toEqual([])
    expect(motionOf(await storedDoc(store, BOARD)).toJSON()).toEqual([])
    await manager.closeAll()
  })

  it.each(invalidMotion)(
    'R17: a motion entry with %s is refused with InvalidRecord; the room carries on',
    async (_name, entry) => {
      const { manager, store, metrics, alice, bob } = await room()
      const appends = store.appends
      motionOf(alice.doc).push([entry])
      alice.deliverToServer()
      await manager.idle()
      expect(alice.closedWith).toBe(CloseCode.InvalidRecord)
      expect(bob.deliverToClient()).toBe(0)
      expect(store.appends).toBe(appends)
      expect(metrics.rejectedFor('InvalidRecord')).toBe(1)
      motionOf(bob.doc).push([{ key: shapeKey('existing'), val: moved }])
      await settle(manager, [bob])
      expect(bob.closedWith).toBeNull()
      expect(motionOf(await storedDoc(store, BOARD)).toJSON()).toEqual([
        { key: shapeKey('existing'), val: moved },
      ])
      await manager.closeAll()
    },
  )

  it.each([
    ['a keyed entry on the motion array', (doc: Y.Doc) => doc.getMap(Y_MOTION).set('k', moved)],
    ['a nested Y.Map inside motion', (doc: Y.Doc) => motionOf(doc).push([new Y.Map()])],
  ])('R17: %s is refused with InvalidRecord', async (_name, write) => {
    const { manager, store, alice, bob } = await room()
    const appends = store.appends
    write(alice.doc)
    alice.deliverToServer()
    await manager.idle()
    expect(alice.closedWith).toBe(CloseCode.InvalidRecord)
    expect(bob.deliverToClient()).toBe(0)
    expect(store.appends).toBe(appends)
    await manager.closeAll()
  })
})
