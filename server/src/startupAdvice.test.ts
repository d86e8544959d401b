import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { logStartupAdvice, needsLicence, type StartupAdviceOptions } from './startupAdvice.js'

function adviceOf(options: Partial<StartupAdviceOptions>): { level: number; msg: string }[] {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  const logger = pino({ level: 'info' }, sink)
  logStartupAdvice(logger, {
    publicUrl: null,
    host: '0.0.0.0',
    port: 8080,
    tldrawLicenseKey: null,
    ...options,
  })
  return lines.map((line) => JSON.parse(line) as { level: number; msg: string })
}

const WARN = 40

describe('start-up advice', () => {
  it('A26: names PUBLIC_URL as the address people join at', () => {
    const [line] = adviceOf({ publicUrl: 'http://192.168.1.5:8080' })
    expect(line!.msg).toBe('people join at http://192.168.1.5:8080 (PUBLIC_URL)')
  })

  it('A26: without PUBLIC_URL, lists the network addresses, never loopback', () => {
    const [line] = adviceOf({})
    expect(line!.msg).not.toContain('127.0.0.1')
    expect(line!.msg).toMatch(/can join at http:\/\/|only this computer/)
  })

  it('A26: warns when only this computer can reach the server', () => {
    const [line] = adviceOf({ host: '127.0.0.1' })
    expect(line!.level).toBe(WARN)
    expect(line!.msg).toContain('only this computer can reach the server')
  })

  it('A27: warns about a public https address without a tldraw licence key', () => {
    const lines = adviceOf({ publicUrl: 'https://board.example.org' })
    const warning = lines.find((line) => line.level === WARN)
    expect(warning?.msg).toContain('TLDRAW_LICENSE_KEY is not set')
    expect(
      adviceOf({ publicUrl: 'https://board.example.org', tldrawLicenseKey: 'k' }),
    ).toHaveLength(1)
    expect(needsLicence('https://localhost:8443')).toBe(false)
    expect(needsLicence('http://192.168.1.5:8080')).toBe(false)
    expect(needsLicence('https://board.example.org')).toBe(true)
  })
})
