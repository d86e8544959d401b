import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, Y_META, type BoardId } from '@common-ground/shared'
import {
  access,
  boardSchema,
  createManager,
  geoShape,
  putRecords,
  putSchema,
  recordsOf,
  settle,
  shapeKey,
  storedDoc,
  TestClient,
  type ControlledStore,
} from './roomTestkit.testkit.js'

const BOARD = 'schema'
const boardId = BOARD as BoardId
const current = boardSchema.serialize()

/** Stores one update made by `write` on a fresh doc, as an earlier server or client did. */
async function seed(store: ControlledStore, write: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc()
  write(doc)
  await store.append(boardId, Y.encodeStateAsUpdate(doc))
}

/** A geo shape as tldraw wrote it before the geo migration that added flipX and flipY. */
function olderGeoShape(name: string): Record<string, unknown> {
  const shape = geoShape(name) as { props: Record<string, unknown> }
  const { flipX: _x, flipY: _y, ...props } = shape.props
  return { ...shape, props }
}

const olderSchema = {
  ...current,
  sequences: { ...current.sequences, 'com.tldraw.shape.geo': 11 },
}

async function open(store: ControlledStore) {
  const { manager } = createManager({ store })
  const alice = new TestClient('alice')
  alice.connect(manager, BOARD, access('participant'))
  await settle(manager, [alice])
  return { manager, alice }
}

describe('the board schema is the server’s', () => {
  it('R31: a board with no schema gets the server’s when its room loads, stored before anyone is answered', async () => {
    const { manager, store } = createManager()
    const alice = new TestClient('alice')
    alice.connect(manager, BOARD, access('participant'))
    await settle(manager, [alice])
    expect(store.appends).toBe(1)
    expect((await storedDoc(store, BOARD)).getMap(Y_META).get('schema')).toEqual(current)
    expect(alice.doc.getMap(Y_META).get('schema')).toEqual(current)
    await manager.closeAll()
  })

  it('R31: a board of an older schema is migrated: records and schema, in one stored update', async () => {
    const { store } = createManager()
    await seed(store, (doc) => {
      putSchema(doc, olderSchema)
      putRecords(doc, olderGeoShape('old'), geoShape('kept'))
    })
    const appends = store.appends
    const { manager, alice } = await open(store)
    expect(store.appends).toBe(appends + 1)
    const stored = await storedDoc(store, BOARD)
    expect(stored.getMap(Y_META).get('schema')).toEqual(current)
    const entries = recordsOf(stored).toArray()
    expect(entries.filter(({ key }) => key === shapeKey('old'))).toHaveLength(1)
    expect(entries.find(({ key }) => key === shapeKey('old'))?.val).toMatchObject({
      props: { flipX: false, flipY: false },
    })
    expect(entries.find(({ key }) => key === shapeKey('kept'))?.val).toEqual(geoShape('kept'))
    expect(recordsOf(alice.doc).toJSON()).toEqual(recordsOf(stored).toJSON())
    await manager.closeAll()
  })

  it('H31: a board stored by a newer server (a later or unknown migration) is refused, never written to', async () => {
    for (const schema of [
      { ...current, sequences: { ...current.sequences, 'com.tldraw.shape.geo': 99 } },
      { ...current, sequences: { ...current.sequences, 'com.example.future': 1 } },
    ]) {
      const { store } = createManager()
      await seed(store, (doc) => {
        putSchema(doc, schema)
        putRecords(doc, geoShape('a'))
      })
      const appends = store.appends
      const { manager, alice } = await open(store)
      expect(alice.closedWith).toBe(CloseCode.BoardTooNew)
      expect(alice.socket?.closed?.reason).toMatch(/newer Common Ground/)
      expect(store.appends).toBe(appends)
      // A second visitor is refused the same way, and the stored board is as it was.
      const bob = new TestClient('bob')
      bob.connect(manager, BOARD, access('facilitator'))
      await settle(manager, [bob])
      expect(bob.closedWith).toBe(CloseCode.BoardTooNew)
      expect((await storedDoc(store, BOARD)).getMap(Y_META).get('schema')).toEqual(schema)
      expect(store.appends).toBe(appends)
      await manager.closeAll()
    }
  })

  it('R31: a board whose schema is current is left untouched', async () => {
    for (const schema of [current]) {
      const { store } = createManager()
      await seed(store, (doc) => {
        putSchema(doc, schema)
        putRecords(doc, geoShape('a'))
      })
      const appends = store.appends
      const { manager, alice } = await open(store)
      expect(store.appends).toBe(appends)
      expect(alice.doc.getMap(Y_META).get('schema')).toEqual(schema)
      await manager.closeAll()
    }
  })

  it('R31: a board left without a schema (deleted before R30) gets it back, its records as they are', async () => {
    const { store } = createManager()
    await seed(store, (doc) => putRecords(doc, geoShape('a')))
    const { manager, alice } = await open(store)
    expect(alice.doc.getMap(Y_META).get('schema')).toEqual(current)
    expect(recordsOf(alice.doc).toJSON()).toEqual([{ key: shapeKey('a'), val: geoShape('a') }])
    await manager.closeAll()
  })

  it('R30: a client cannot rewrite or delete the schema; the board still opens for everyone', async () => {
    const { manager, store } = createManager()
    const [alice, bob] = [new TestClient('alice'), new TestClient('bob')]
    for (const client of [alice, bob]) client.connect(manager, BOARD, access('participant'))
    await settle(manager, [alice, bob])
    alice.doc.getMap(Y_META).delete('schema')
    await settle(manager, [alice, bob])
    expect(alice.closedWith).toBe(CloseCode.InvalidRecord)
    bob.doc.getMap(Y_META).set('schema', olderSchema)
    await settle(manager, [bob])
    expect(bob.closedWith).toBe(CloseCode.InvalidRecord)
    const carol = new TestClient('carol')
    carol.connect(manager, BOARD, access('participant'))
    await settle(manager, [carol])
    expect(carol.doc.getMap(Y_META).get('schema')).toEqual(current)
    expect((await storedDoc(store, BOARD)).getMap(Y_META).get('schema')).toEqual(current)
    await manager.closeAll()
  })
})
