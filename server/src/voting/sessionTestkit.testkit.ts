import { expect } from 'vitest'
import type * as Y from 'yjs'
import { ASSET_CARD_DEFAULT_SIZE, type CommandReply, type Role } from '@common-ground/shared'
import {
  access,
  boardSchema,
  createManager,
  putRecords,
  recordsOf,
  settle,
  TestClient,
  testPersonId,
} from '../room/roomTestkit.testkit.js'

/** A frame record (a stage's area) called `name`, as a facilitator's client writes one. */
export function frameRecord(name: string): Record<string, unknown> {
  return boardSchema.types.shape.create({
    id: `shape:${name}` as never,
    type: 'frame',
    parentId: 'page:page' as never,
    index: 'a1' as never,
    props: { w: 1000, h: 600, name, color: 'black' },
  }) as unknown as Record<string, unknown>
}

/** An asset card called `name` in `parentId`. */
export function cardRecord(name: string, parentId = 'page:page'): Record<string, unknown> {
  return boardSchema.types.shape.create({
    id: `shape:${name}` as never,
    type: 'cg-asset',
    parentId: parentId as never,
    index: 'a2' as never,
    props: {
      ...ASSET_CARD_DEFAULT_SIZE,
      title: name,
      description: '',
      kind: 'skill',
      heldBy: '',
      heldByPersonId: null,
      addedBy: '',
    },
  }) as unknown as Record<string, unknown>
}

/** People on a fresh board, each with how they take part; the page and a frame exist. */
export async function sessionBoard(people: [string, Role, string?][]) {
  const rig = createManager()
  const clients = people.map(([name, role, takesPartAs]) => {
    const client = new TestClient(name)
    client.connect(rig.manager, 'session', access(role, false, testPersonId(name)))
    client.awareness.setLocalState({ user: { name, takesPartAs } })
    return client
  })
  await settle(rig.manager, clients)
  const first = clients[0]!
  putRecords(
    first.doc,
    boardSchema.types.page.create({
      id: 'page:page' as never,
      name: 'Page 1',
      index: 'a1' as never,
    }) as unknown as Record<string, unknown>,
    frameRecord('stage1'),
  )
  await settle(rig.manager, clients)
  let nextRequest = 1
  const command = async (client: TestClient, name: string, args: unknown) => {
    const id = nextRequest++
    client.sendCommand(id, { name, args })
    await settle(rig.manager, clients)
    const reply = client.replies.get(id)
    expect(reply, `a reply to ${name}`).toBeDefined()
    return reply as CommandReply & { result?: never; error?: string }
  }
  const add = async (client: TestClient, ...records: Record<string, unknown>[]) => {
    putRecords(client.doc, ...records)
    await settle(rig.manager, clients)
  }
  return { ...rig, clients, command, add, settle: () => settle(rig.manager, clients) }
}

export function recordIn(doc: Y.Doc, key: string): { props: Record<string, unknown> } | undefined {
  return recordsOf(doc)
    .toArray()
    .find((entry) => entry.key === key)?.val as { props: Record<string, unknown> } | undefined
}

/** Every byte a test client received, as text: what a test says never reached it. */
export function receivedText(client: TestClient): string {
  return Buffer.concat(client.received.map((m) => Buffer.from(m))).toString('latin1')
}
