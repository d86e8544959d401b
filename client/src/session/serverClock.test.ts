import { describe, expect, it } from 'vitest'
import type { CommandSender } from '../sync/commandChannel'
import { measureClockOffset, offsetFromSamples } from './serverClock'

describe('SPEC 25: the server clock', () => {
  it('reads the answer as halfway through the round trip', () => {
    expect(offsetFromSamples([{ sentAt: 1000, receivedAt: 1100, serverTime: 6050 }])).toBe(5000)
  })

  it('trusts the sample with the shortest round trip', () => {
    const samples = [
      { sentAt: 0, receivedAt: 900, serverTime: 10_000 },
      { sentAt: 1000, receivedAt: 1020, serverTime: 2010 },
    ]
    expect(offsetFromSamples(samples)).toBe(1000)
  })

  it('has no offset without a usable sample', () => {
    expect(offsetFromSamples([])).toBeNull()
    expect(offsetFromSamples([{ sentAt: 10, receivedAt: 5, serverTime: 0 }])).toBeNull()
  })

  it('measures against a server whose clock is ahead, through the clock command', async () => {
    let local = 0
    const server: CommandSender = {
      send: async () => {
        local += 40 // the question travels 40 ms, the answer 40 ms
        const result = { serverTime: local + 60_000 }
        local += 40
        return { ok: true, result } as never
      },
    }
    expect(await measureClockOffset(server, 3, () => local)).toBe(60_000)
  })

  it('has no offset when the server cannot be asked', async () => {
    const offline: CommandSender = { send: async () => ({ ok: false, message: 'no' }) }
    expect(await measureClockOffset(offline)).toBeNull()
  })
})
