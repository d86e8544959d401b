import { describe, expect, it } from 'vitest'
import { createNoticeCenter, MAX_NOTICES, NOTICE_LIFETIME_MS } from './notices'

function manualClock() {
  const timers: { run: () => void; ms: number }[] = []
  return {
    schedule: (run: () => void, ms: number) => void timers.push({ run, ms }),
    fireAll: () => timers.splice(0).forEach((timer) => timer.run()),
    timers,
  }
}

describe('notice center', () => {
  it('shows posted messages until dismissed', () => {
    const clock = manualClock()
    const center = createNoticeCenter(clock.schedule)
    const id = center.post('The file is too large.')
    expect(center.list().map((n) => n.message)).toEqual(['The file is too large.'])
    center.dismiss(id)
    expect(center.list()).toEqual([])
  })

  it('removes a notice after its lifetime', () => {
    const clock = manualClock()
    const center = createNoticeCenter(clock.schedule)
    center.post('Could not copy the link.')
    expect(clock.timers[0]?.ms).toBe(NOTICE_LIFETIME_MS)
    clock.fireAll()
    expect(center.list()).toEqual([])
  })

  it('shows a repeated message once and keeps only the newest few', () => {
    const center = createNoticeCenter(manualClock().schedule)
    center.post('same')
    center.post('same')
    expect(center.list()).toHaveLength(1)
    for (let i = 0; i < MAX_NOTICES + 2; i++) center.post(`message ${i}`)
    expect(center.list().map((n) => n.message)).toEqual(
      Array.from({ length: MAX_NOTICES }, (_, i) => `message ${i + 2}`),
    )
  })

  it('tells subscribers about changes, and stops after unsubscribing', () => {
    const center = createNoticeCenter(manualClock().schedule)
    let calls = 0
    const unsubscribe = center.subscribe(() => calls++)
    center.post('one')
    unsubscribe()
    center.post('two')
    expect(calls).toBe(1)
  })
})
