import { describe, expect, it } from 'vitest'
import type { CommandSender } from '../sync/commandChannel'
import { STAMP_TTL_MS, StampCache } from './stampCache'
import { MyDotsStore } from './myDotsStore'

function recordingSender(reply: (name: string, args: unknown) => unknown) {
  const sent: { name: string; args: unknown }[] = []
  const commands: CommandSender = {
    send: async (name, args) => {
      sent.push({ name, args })
      return reply(name, args) as never
    },
  }
  return { commands, sent }
}

const stamp = { addedAt: 'a', addedAs: 'community', changedAt: 'a', changedAs: 'community' }
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('card stamps (SPEC 44)', () => {
  it('asks for every card a list shows at once in one command, and again only after the TTL', async () => {
    let now = 0
    const { commands, sent } = recordingSender((_name, args) => ({
      ok: true,
      result: {
        stamps: Object.fromEntries((args as { ids: string[] }).ids.map((id) => [id, stamp])),
      },
    }))
    const cache = new StampCache(commands, () => now)
    const ids = Array.from({ length: 250 }, (_, i) => `shape:c${i}`)
    for (const id of ids) expect(cache.get(id)).toBeNull()
    await flush()
    expect(sent.map((s) => (s.args as { ids: string[] }).ids.length)).toEqual([200, 50])
    expect(cache.get('shape:c3')).toEqual(stamp)
    now += STAMP_TTL_MS / 2
    cache.get('shape:c3')
    await flush()
    expect(sent).toHaveLength(2)
    now += STAMP_TTL_MS
    cache.get('shape:c3')
    await flush()
    expect(sent).toHaveLength(3)
  })
})

describe('my dots (SPEC 35, 36)', () => {
  it('shows the server’s answer, keeps the last good one on a refusal, and ignores a second dot while one is on its way', async () => {
    const { commands, sent } = recordingSender((name) =>
      name === 'dot' && sent.length > 1
        ? { ok: false, message: 'You have used all your dots.' }
        : { ok: true, result: { dots: { 'shape:a': 1 }, left: 0 } },
    )
    const store = new MyDotsStore(commands)
    const first = store.dot('v1', 'shape:a', true, 'Ann')
    void store.dot('v1', 'shape:a', true, 'Ann')
    await first
    expect(sent).toHaveLength(1)
    expect(store.get('v1')).toEqual({
      mine: { dots: { 'shape:a': 1 }, left: 0 },
      error: null,
      busy: false,
    })
    await store.dot('v1', 'shape:b', true, 'Ann')
    expect(store.get('v1')).toMatchObject({
      mine: { left: 0 },
      error: 'You have used all your dots.',
    })
  })
})
