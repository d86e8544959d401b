import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { newBoardUpdate, type BoardId, type Limits } from '@common-ground/shared'
import { InProcessBus } from '../bus/InProcessBus.js'
import {
  ControlledStore,
  createManager,
  putShapes,
  TestClient,
} from '../room/roomTestkit.testkit.js'
import type { RoomManager } from '../room/RoomManager.js'
import { MemoryStorage } from '../storage/memory/MemoryStorage.js'
import { MemoryUpdateLog } from '../storage/memory/MemoryUpdateLog.js'

const BOARD = 'board-1'
const boardId = BOARD as BoardId
const MINUTE = 60_000

async function processes(count: number, limits: Partial<Limits> = {}) {
  const storage = new MemoryStorage()
  await new MemoryUpdateLog(storage).append(boardId, newBoardUpdate([]))
  const bus = new InProcessBus()
  const managers = Array.from(
    { length: count },
    () => createManager({ store: new ControlledStore(storage), bus, limits }).manager,
  )
  return { log: new MemoryUpdateLog(storage), managers }
}

async function settle(managers: RoomManager[], clients: TestClient[]): Promise<void> {
  for (let round = 0; round < 1000; round++) {
    let moved = 0
    for (const client of clients) moved += client.deliverToServer()
    for (let i = 0; i < 3; i++) await Promise.all(managers.map((m) => m.idle()))
    for (const client of clients) moved += client.deliverToClient()
    if (moved === 0) return
  }
  throw new Error('clients did not settle')
}

describe('automatic checkpoints', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-30T10:00:00Z'))
  })
  afterEach(() => vi.useRealTimers())

  it('H23: one every AUTOMATIC_CHECKPOINT_MS of editing, none while nothing changes', async () => {
    const { log, managers } = await processes(1)
    const alice = new TestClient('alice')
    alice.connect(managers[0]!, BOARD)
    await settle(managers, [alice])

    putShapes(alice.doc, 'a')
    await settle(managers, [alice])
    expect(await log.listCheckpoints(boardId)).toEqual([])

    vi.advanceTimersByTime(9 * MINUTE)
    putShapes(alice.doc, 'b')
    await settle(managers, [alice])
    expect(await log.listCheckpoints(boardId)).toEqual([])

    vi.advanceTimersByTime(MINUTE)
    putShapes(alice.doc, 'c')
    await settle(managers, [alice])
    const [first, ...rest] = await log.listCheckpoints(boardId)
    expect(rest).toEqual([])
    expect(first).toMatchObject({ kind: 'automatic', label: null })
    expect(first!.seq).toBe((await log.load(boardId)).lastSeq)

    // An hour of nobody editing keeps nothing more; the next 10 minutes of editing do.
    vi.advanceTimersByTime(60 * MINUTE)
    putShapes(alice.doc, 'd')
    await settle(managers, [alice])
    expect(await log.listCheckpoints(boardId)).toHaveLength(1)
    vi.advanceTimersByTime(10 * MINUTE)
    putShapes(alice.doc, 'e')
    await settle(managers, [alice])
    expect(await log.listCheckpoints(boardId)).toHaveLength(2)
  })

  it('H23: AUTOMATIC_CHECKPOINT_MS=0 keeps none', async () => {
    const { log, managers } = await processes(1, { automaticCheckpointMs: 0 })
    const alice = new TestClient('alice')
    alice.connect(managers[0]!, BOARD)
    for (const name of ['a', 'b', 'c']) {
      putShapes(alice.doc, name)
      await settle(managers, [alice])
      vi.advanceTimersByTime(30 * MINUTE)
    }
    expect(await log.listCheckpoints(boardId)).toEqual([])
  })

  it('H24: with three processes editing one board, one checkpoint is kept per interval', async () => {
    const { log, managers } = await processes(3)
    const clients = managers.map((manager, i) => {
      const client = new TestClient(`c${i}`)
      client.connect(manager, BOARD)
      return client
    })
    await settle(managers, clients)
    for (let minute = 0; minute <= 25; minute++) {
      // Everyone edits every minute, each in their own process.
      for (const [i, client] of clients.entries()) putShapes(client.doc, `m${minute}-${i}`)
      await settle(managers, clients)
      vi.advanceTimersByTime(MINUTE)
    }
    const kept = await log.listCheckpoints(boardId)
    // Minutes 10 and 20 (and not three at each).
    expect(kept.map((c) => c.kind)).toEqual(['automatic', 'automatic'])
    expect(kept[1]!.createdAt - kept[0]!.createdAt).toBeGreaterThanOrEqual(10 * MINUTE)
  })
})
