import { pino } from 'pino'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BoardId } from '@common-ground/shared'
import { CloseCode } from '@common-ground/shared'
import type { BoardEvent } from './BoardBus.js'
import { decodeBusFrame, encodeBusFrame } from './busFrame.js'
import { RedisBus, type RedisBusOptions } from './RedisBus.js'
import { ownRedis, requireRedis, TEST_REDIS_URL, testPrefix } from './redisTestkit.testkit.js'
import { RedisWindowLimit } from '../http/RedisWindowLimit.js'

beforeAll(() => requireRedis())

const logger = pino({ level: 'silent' })
const buses: RedisBus[] = []
afterEach(async () => {
  for (const bus of buses.splice(0)) await bus.close()
})

async function openBus(options: Partial<RedisBusOptions> = {}): Promise<RedisBus> {
  const bus = await RedisBus.open({ url: TEST_REDIS_URL, logger, catchUpIntervalMs: 0, ...options })
  buses.push(bus)
  return bus
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Subscribing takes a round trip to Redis; publish a probe until it comes through. */
async function subscribed(from: RedisBus, board: BoardId, heard: BoardEvent[]): Promise<void> {
  await until(() => {
    from.publish(board, { type: 'awareness', update: new Uint8Array([0]), origin: 'probe' })
    return heard.some((event) => event.origin === 'probe')
  })
  heard.length = 0
}

const every = new Uint8Array(256).map((_, i) => i)

describe('RedisBus', () => {
  it('R71: frames carry every event with its bytes as they are', () => {
    const events: BoardEvent[] = [
      { type: 'update', seq: 42, update: every, origin: 'room' },
      { type: 'awareness', update: every.slice(3), origin: 'room' },
      {
        type: 'close',
        roles: ['participant', 'observer'],
        code: CloseCode.LinkRotated,
        origin: 'p',
      },
      { type: 'catch-up', origin: 'bus' },
    ]
    for (const event of events) {
      const frame = decodeBusFrame(encodeBusFrame({ sender: 's', sentAt: 5, event }))
      expect(frame).toEqual({ sender: 's', sentAt: 5, event })
    }
    expect(decodeBusFrame(Buffer.from('hello'))).toBeNull()
    expect(decodeBusFrame(Buffer.from([0, 0, 0, 99, 1]))).toBeNull()
    const badRole = encodeBusFrame({
      sender: 's',
      sentAt: 1,
      event: {
        type: 'close',
        roles: ['king' as 'observer'],
        code: CloseCode.LinkRotated,
        origin: 'x',
      },
    })
    expect(decodeBusFrame(badRole)).toBeNull()
  })

  it('R70: another process hears a board it has loaded, binary-safe; its own subscribers at once', async () => {
    const prefix = testPrefix()
    const [a, b] = await Promise.all([openBus({ prefix }), openBus({ prefix })])
    const board = 'board-1' as BoardId
    const heardA: BoardEvent[] = []
    const heardB: BoardEvent[] = []
    a.subscribe(board, (event) => heardA.push(event))
    b.subscribe(board, (event) => heardB.push(event))
    await subscribed(a, board, heardB)
    heardA.length = 0
    a.publish(board, { type: 'update', seq: 1, update: every, origin: 'room-a' })
    // Delivered to a's own subscriber synchronously, once.
    expect(heardA).toEqual([{ type: 'update', seq: 1, update: every, origin: 'room-a' }])
    // Probes still in flight may arrive too: look at the updates only.
    const updates = (events: BoardEvent[]) => events.filter((event) => event.type === 'update')
    await until(() => updates(heardB).length === 1)
    expect(updates(heardB)).toEqual([{ type: 'update', seq: 1, update: every, origin: 'room-a' }])
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(updates(heardA)).toHaveLength(1)
    // A board b does not serve is not sent to it.
    const other: BoardEvent[] = []
    a.subscribe('board-2' as BoardId, (event) => other.push(event))
    a.publish('board-2' as BoardId, { type: 'catch-up', origin: 'x' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(heardB.some((event) => event.type === 'catch-up')).toBe(false)
  })

  it('R72: when Redis comes back, every loaded board is told to catch up; publishing meanwhile fails quietly', async () => {
    const redis = await ownRedis()
    try {
      const failures: number[] = []
      const bus = await openBus({
        url: redis.url,
        metrics: {
          received() {},
          publishFailed: () => failures.push(1),
          catchUpRequested() {},
        },
      })
      const heard: BoardEvent[] = []
      bus.subscribe('b' as BoardId, (event) => heard.push(event))
      await redis.stop()
      await until(() => !bus.connected)
      bus.publish('b' as BoardId, { type: 'update', seq: 1, update: every, origin: 'r' })
      expect(failures.length).toBeGreaterThan(0)
      heard.length = 0
      await redis.start()
      await until(() => heard.some((event) => event.type === 'catch-up'), 10_000)
      await until(() => bus.connected)
    } finally {
      await redis.stop()
    }
  })

  it('R72: a quiet board is told to catch up every interval', async () => {
    const bus = await openBus({ prefix: testPrefix(), catchUpIntervalMs: 50 })
    const heard: BoardEvent[] = []
    bus.subscribe('b' as BoardId, (event) => heard.push(event))
    await until(() => heard.filter((event) => event.type === 'catch-up').length >= 2)
  })

  it('R74: a window limit in Redis is shared by every process', async () => {
    const prefix = testPrefix()
    const [a, b] = await Promise.all([openBus({ prefix }), openBus({ prefix })])
    const limitA = new RedisWindowLimit(a.redis, `${prefix}limit:`, 3, 60_000)
    const limitB = new RedisWindowLimit(b.redis, `${prefix}limit:`, 3, 60_000)
    expect(await limitA.take('1.2.3.4')).toEqual({ ok: true })
    expect(await limitB.take('1.2.3.4')).toEqual({ ok: true })
    expect(await limitA.take('1.2.3.4')).toEqual({ ok: true })
    const refused = await limitB.take('1.2.3.4')
    expect(refused.ok).toBe(false)
    expect(refused.ok === false && refused.retryAfterMs).toBeGreaterThan(50_000)
    expect(await limitB.take('5.6.7.8')).toEqual({ ok: true })
  })

  it('says clearly when Redis cannot be reached', async () => {
    await expect(
      RedisBus.open({ url: 'redis://127.0.0.1:1', logger, connectTimeoutMs: 1000 }),
    ).rejects.toThrow(/Cannot reach Redis \(REDIS_URL\)/)
  })
})
