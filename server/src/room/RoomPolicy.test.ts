import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CLOSE_REASONS,
  CloseCode,
  PERSON_TYPE,
  RATING_TOTALS_TYPE,
  ratingTotalsShapeId,
  emptyRatingSummary,
  Y_MOTION,
  type Role,
} from '@common-ground/shared'
import {
  access,
  boardSchema,
  createManager,
  geoShape,
  putRecords,
  recordsOf,
  settle,
  shapeKey,
  storedDoc,
  TestClient,
  testPersonId,
} from './roomTestkit.testkit.js'

const BOARD = 'policed'

/** Replaces a record the way y-utility's YKeyValue does: delete the old entry, push the new. */
function setRecord(doc: Y.Doc, val: Record<string, unknown>): void {
  const records = recordsOf(doc)
  doc.transact(() => {
    const index = records.toArray().findIndex(({ key }) => key === val.id)
    if (index >= 0) records.delete(index, 1)
    records.push([{ key: String(val.id), val }])
  })
}

function deleteRecord(doc: Y.Doc, key: string): void {
  const records = recordsOf(doc)
  const index = records.toArray().findIndex((entry) => entry.key === key)
  records.delete(index, 1)
}

function recordIn(doc: Y.Doc, key: string): Record<string, unknown> | undefined {
  return recordsOf(doc)
    .toArray()
    .find((entry) => entry.key === key)?.val as Record<string, unknown> | undefined
}

function personCard(name: string, participantId: string | null, label = name) {
  return boardSchema.types.shape.create({
    id: shapeKey(name) as never,
    type: PERSON_TYPE,
    parentId: 'page:page' as never,
    index: 'a1' as never,
    props: {
      w: 180,
      h: 110,
      label,
      takesPartAs: 'community',
      organisation: '',
      participantId,
    },
  }) as unknown as Record<string, unknown>
}

/**
 * A board with a facilitator (fran), two participants (alice, bob) and a witness who only
 * reads (olga), each their own person, with a locked shape and an unlocked one on it.
 */
async function board() {
  const rig = createManager()
  const people: [TestClient, Role][] = [
    [new TestClient('fran'), 'facilitator'],
    [new TestClient('alice'), 'participant'],
    [new TestClient('bob'), 'participant'],
    [new TestClient('olga'), 'observer'],
  ]
  for (const [client, role] of people) {
    client.connect(rig.manager, BOARD, access(role, false, testPersonId(client.name)))
  }
  const [fran, alice, bob, olga] = people.map(([client]) => client) as [
    TestClient,
    TestClient,
    TestClient,
    TestClient,
  ]
  putRecords(fran.doc, { ...geoShape('frame'), isLocked: true }, geoShape('note'))
  putRecords(alice.doc, personCard('alice-card', testPersonId('alice')))
  await settle(rig.manager, [fran, alice, bob, olga])
  expect(recordIn(olga.doc, shapeKey('alice-card'))).toBeDefined()
  return { ...rig, fran, alice, bob, olga, everyone: [fran, alice, bob, olga] }
}

/** Sends `edit` from `writer` and expects it refused with `code`: not stored, not relayed. */
async function expectRefused(
  rig: Awaited<ReturnType<typeof board>>,
  writer: TestClient,
  edit: (doc: Y.Doc) => void,
  code: CloseCode,
) {
  const stored = Y.encodeStateAsUpdate(await storedDoc(rig.store, BOARD))
  const before = rig.olga.received.length
  edit(writer.doc)
  await settle(rig.manager, rig.everyone)
  expect(writer.socket?.closed).toEqual({ code, reason: CLOSE_REASONS[code] })
  expect(Y.encodeStateAsUpdate(await storedDoc(rig.store, BOARD))).toEqual(stored)
  // The reader was sent nothing of it (no sync message; awareness aside).
  expect(rig.olga.received.slice(before).filter((m) => m[0] === 0)).toEqual([])
}

async function expectAccepted(rig: Awaited<ReturnType<typeof board>>, writer: TestClient) {
  await settle(rig.manager, rig.everyone)
  expect(writer.closedWith).toBeNull()
  expect(Y.encodeStateVector(rig.olga.doc)).toEqual(Y.encodeStateVector(writer.doc))
}

describe('write policy', () => {
  it('R36: nobody writes a record in another person’s name', async () => {
    const rig = await board()
    await expectRefused(
      rig,
      rig.bob,
      (doc) => putRecords(doc, personCard('fake', testPersonId('alice'))),
      CloseCode.NotYours,
    )
    putRecords(rig.fran.doc, personCard('fran-card', testPersonId('fran')))
    await expectAccepted(rig, rig.fran)
  })

  it('R37: only its person changes what a person card says or deletes it; anyone may move it', async () => {
    const rig = await board()
    const card = recordIn(rig.bob.doc, shapeKey('alice-card'))!
    await expectRefused(
      rig,
      rig.bob,
      (doc) => setRecord(doc, { ...card, props: { ...(card.props as object), label: 'Bob' } }),
      CloseCode.NotYours,
    )

    const rig2 = await board()
    await expectRefused(
      rig2,
      rig2.bob,
      (doc) => deleteRecord(doc, shapeKey('alice-card')),
      CloseCode.NotYours,
    )

    const rig3 = await board()
    setRecord(rig3.bob.doc, { ...card, x: 300 })
    await expectAccepted(rig3, rig3.bob)
    setRecord(rig3.alice.doc, {
      ...card,
      x: 300,
      props: { ...(card.props as object), label: 'Al' },
    })
    await expectAccepted(rig3, rig3.alice)
    deleteRecord(rig3.fran.doc, shapeKey('alice-card'))
    await expectAccepted(rig3, rig3.fran)
    expect(recordIn(rig3.olga.doc, shapeKey('alice-card'))).toBeUndefined()
  })

  it('R38: no client writes a rating or the totals: the server keeps them', async () => {
    const rig = await board()
    const totals = boardSchema.types.shape.create({
      id: ratingTotalsShapeId(shapeKey('check') as never),
      type: RATING_TOTALS_TYPE,
      parentId: 'page:page' as never,
      index: 'a1' as never,
      props: emptyRatingSummary(),
    }) as unknown as Record<string, unknown>
    await expectRefused(rig, rig.fran, (doc) => putRecords(doc, totals), CloseCode.ServerOnly)
  })

  it('R39: only a facilitator locks or unlocks a shape', async () => {
    const rig = await board()
    const frame = recordIn(rig.alice.doc, shapeKey('frame'))!
    await expectRefused(
      rig,
      rig.alice,
      (doc) => setRecord(doc, { ...frame, isLocked: false }),
      CloseCode.Locked,
    )
    const rig2 = await board()
    const note = recordIn(rig2.alice.doc, shapeKey('note'))!
    await expectRefused(
      rig2,
      rig2.alice,
      (doc) => setRecord(doc, { ...note, isLocked: true }),
      CloseCode.Locked,
    )
    setRecord(rig2.fran.doc, { ...frame, isLocked: false })
    await expectAccepted(rig2, rig2.fran)
    expect(recordIn(rig2.olga.doc, shapeKey('frame'))?.isLocked).toBe(false)
  })

  it('R40: only a facilitator changes, moves (records or motion) or deletes a locked shape', async () => {
    const edits: [string, (doc: Y.Doc, frame: Record<string, unknown>) => void][] = [
      ['moves it', (doc, frame) => setRecord(doc, { ...frame, x: 999 })],
      [
        'drags it',
        (doc) =>
          doc
            .getArray(Y_MOTION)
            .push([{ key: shapeKey('frame'), val: { x: 9, y: 9, rotation: 0 } }]),
      ],
      ['deletes it', (doc) => deleteRecord(doc, shapeKey('frame'))],
      ['pushes a second entry', (doc, frame) => putRecords(doc, { ...frame, x: 5 })],
    ]
    for (const [, edit] of edits) {
      const rig = await board()
      const frame = recordIn(rig.bob.doc, shapeKey('frame'))!
      await expectRefused(rig, rig.bob, (doc) => edit(doc, frame), CloseCode.Locked)
    }
    const rig = await board()
    const frame = recordIn(rig.fran.doc, shapeKey('frame'))!
    for (const [, edit] of edits.slice(0, 3)) edit(rig.fran.doc, frame)
    await expectAccepted(rig, rig.fran)
  })

  it('R41: a refused change leaves the room working for everyone else', async () => {
    const rig = await board()
    const frame = recordIn(rig.bob.doc, shapeKey('frame'))!
    await expectRefused(rig, rig.bob, (doc) => setRecord(doc, { ...frame, x: 1 }), CloseCode.Locked)
    putRecords(rig.alice.doc, geoShape('after'))
    await settle(rig.manager, rig.everyone)
    expect(recordIn(rig.olga.doc, shapeKey('after'))).toBeDefined()
    expect(recordIn(rig.fran.doc, shapeKey('frame'))?.x).toBe(frame.x)
  })
})
