import { describe, expect, it } from 'vitest'
import { CLOSE_REASONS, CloseCode, type BoardId } from '@common-ground/shared'
import {
  access,
  createManager,
  putShapes,
  settle,
  storedDoc,
  shapeNames,
  TestClient,
} from './roomTestkit.testkit.js'

const BOARD = 'roles'
const boardId = BOARD as BoardId

async function boardWith(...names: string[]) {
  const rig = createManager()
  const alice = new TestClient('alice')
  alice.connect(rig.manager, BOARD, access('participant'))
  putShapes(alice.doc, ...names)
  await settle(rig.manager, [alice])
  return { ...rig, alice }
}

describe('Room roles', () => {
  it('R15: an observer reads the board and every update, but its writes go nowhere', async () => {
    const { manager, store, metrics, alice } = await boardWith('before')
    const olga = new TestClient('olga')
    olga.connect(manager, BOARD, access('observer'))
    await settle(manager, [alice, olga])
    expect(olga.names()).toEqual(['before'])

    const appends = store.appends
    putShapes(olga.doc, 'sneaky')
    await settle(manager, [alice, olga])
    expect(olga.closedWith).toBeNull()
    expect(alice.names()).toEqual(['before'])
    expect(store.appends).toBe(appends)
    expect(metrics.rejectedFor('ReadOnly')).toBe(1)

    // Still reading: live updates and a fresh sync after reconnecting.
    putShapes(alice.doc, 'after')
    await settle(manager, [alice, olga])
    expect(olga.names()).toContain('after')
    const late = new TestClient('late')
    late.connect(manager, BOARD, access('observer'))
    await settle(manager, [alice, olga, late])
    expect(late.names()).toEqual(['before', 'after'])
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['before', 'after'])
    await manager.closeAll()
  })

  it('R15: an observer that reconnects with unsaved edits is not closed, and they stay unsaved', async () => {
    const { manager, store, alice } = await boardWith('base')
    const olga = new TestClient('olga')
    putShapes(olga.doc, 'offline')
    olga.connect(manager, BOARD, access('observer'))
    // Its step 2 carries the edit; a close would only make the client reconnect and retry.
    await settle(manager, [alice, olga])
    expect(olga.closedWith).toBeNull()
    expect(alice.names()).toEqual(['base'])
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['base'])
    await manager.closeAll()
  })

  it('R16: an observer is listed by its user, without its presence (no cursor)', async () => {
    const { manager, alice } = await boardWith()
    const olga = new TestClient('olga')
    olga.connect(manager, BOARD, access('observer'))
    alice.awareness.setLocalState({ user: { name: 'Alice' }, presence: { cursor: [1, 2] } })
    olga.awareness.setLocalState({ user: { name: 'Olga' }, presence: { cursor: [3, 4] } })
    await settle(manager, [alice, olga])
    expect(alice.awareness.getStates().get(olga.doc.clientID)).toEqual({
      user: { name: 'Olga', role: 'observer' },
    })
    // The observer sees everyone's cursors.
    expect(olga.awareness.getStates().get(alice.doc.clientID)).toEqual({
      user: { name: 'Alice', role: 'participant' },
      presence: { cursor: [1, 2] },
    })

    // A later cursor move changes nothing others can see; a rename does.
    olga.awareness.setLocalStateField('presence', { cursor: [5, 6] })
    olga.awareness.setLocalStateField('user', { name: 'Olga R.' })
    await settle(manager, [alice, olga])
    expect(alice.awareness.getStates().get(olga.doc.clientID)).toEqual({
      user: { name: 'Olga R.', role: 'observer' },
    })
    // Leaving removes the observer from the list (R7).
    olga.disconnect()
    await settle(manager, [alice])
    expect(alice.awareness.getStates().has(olga.doc.clientID)).toBe(false)
    await manager.closeAll()
  })

  it('R16: the role others see is the one the server gave, whatever the client claims', async () => {
    const { manager, alice } = await boardWith()
    const olga = new TestClient('olga')
    olga.connect(manager, BOARD, access('observer'))
    alice.awareness.setLocalState({ user: { name: 'Alice', role: 'facilitator' } })
    olga.awareness.setLocalState({ user: { name: 'Olga', role: 'participant' } })
    await settle(manager, [alice, olga])
    expect(olga.awareness.getStates().get(alice.doc.clientID)).toEqual({
      user: { name: 'Alice', role: 'participant' },
    })
    expect(alice.awareness.getStates().get(olga.doc.clientID)).toEqual({
      user: { name: 'Olga', role: 'observer' },
    })
    await manager.closeAll()
  })

  it('R15: an archived board is read-only for every role, facilitators included', async () => {
    const { manager, store, alice } = await boardWith('kept')
    alice.disconnect()
    const clients = (['facilitator', 'participant', 'observer'] as const).map((role) => {
      const client = new TestClient(role)
      client.connect(manager, BOARD, access(role, true))
      return client
    })
    await settle(manager, clients)
    const appends = store.appends
    for (const client of clients) putShapes(client.doc, `by-${client.name}`)
    await settle(manager, clients)
    for (const client of clients) {
      expect(client.closedWith).toBeNull()
      expect(client.names()).toEqual(['kept', `by-${client.name}`])
    }
    expect(store.appends).toBe(appends)
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['kept'])
    await manager.closeAll()
  })

  it('R19: closeConnections closes only the matching roles, with the reason, and drops their queued edits', async () => {
    const { manager, store } = createManager()
    const roles = ['facilitator', 'participant', 'participant', 'observer'] as const
    const clients = roles.map((role, i) => {
      const client = new TestClient(`${role}${i}`)
      client.connect(manager, BOARD, access(role))
      return client
    })
    await settle(manager, clients)
    const [facilitator, participant] = clients as [TestClient, TestClient]
    putShapes(participant.doc, 'in-flight')
    participant.deliverToServer()

    const closed = manager.closeConnections(
      boardId,
      (role) => role === 'participant',
      CloseCode.LinkRotated,
    )
    expect(closed).toBe(2)
    expect(clients.map((c) => c.closedWith)).toEqual([
      null,
      CloseCode.LinkRotated,
      CloseCode.LinkRotated,
      null,
    ])
    expect(participant.socket!.closed!.reason).toBe(CLOSE_REASONS[CloseCode.LinkRotated])
    await manager.idle()
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual([])
    expect(manager.connectionCount).toBe(2)

    // The facilitator carries on; archiving closes everyone.
    putShapes(facilitator.doc, 'still-editing')
    await settle(manager, [facilitator])
    expect(shapeNames(await storedDoc(store, BOARD))).toEqual(['still-editing'])
    expect(manager.closeConnections(boardId, () => true, CloseCode.BoardArchived)).toBe(2)
    expect(manager.connectionCount).toBe(0)
    expect(manager.closeConnections('elsewhere' as BoardId, () => true, CloseCode.Normal)).toBe(0)
    await manager.closeAll()
  })

  it('R14: facilitators and participants on a live board write', async () => {
    const { manager, store } = createManager()
    const clients = (['facilitator', 'participant'] as const).map((role) => {
      const client = new TestClient(role)
      client.connect(manager, BOARD, access(role))
      putShapes(client.doc, role)
      return client
    })
    await settle(manager, clients)
    expect(shapeNames(await storedDoc(store, BOARD)).sort()).toEqual(['facilitator', 'participant'])
    for (const client of clients)
      expect(client.names().sort()).toEqual(['facilitator', 'participant'])
    await manager.closeAll()
  })
})
