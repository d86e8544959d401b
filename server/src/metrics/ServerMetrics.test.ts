import { describe, expect, it, vi } from 'vitest'
import { apiPaths } from '@common-ground/shared'
import { createBoard, openProvider, openSocket, startTestServer } from '../serverTestkit.testkit.js'

/** The value of one sample line, e.g. `common_ground_connections 2`; 0 when absent. */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((line) => line.startsWith(`${name} `))
  return line === undefined ? 0 : Number(line.slice(name.length + 1))
}

describe('GET /metrics', () => {
  it('serves Prometheus text with our metrics and the default process metrics', async () => {
    const server = await startTestServer()
    const response = await fetch(server.url + apiPaths.metrics)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await response.text()
    for (const name of [
      'common_ground_connections',
      'common_ground_boards_loaded',
      'common_ground_messages_in_total',
      'common_ground_messages_out_total',
      'common_ground_bytes_in_total',
      'common_ground_bytes_out_total',
      'common_ground_store_append_seconds',
      'common_ground_messages_rejected_total',
      'process_cpu_user_seconds_total',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(text).toContain(`# TYPE ${name} `)
    }
  })

  it('moves as sockets connect, messages flow, updates are stored and sockets are refused', async () => {
    const server = await startTestServer()
    const scrape = async () => (await fetch(server.url + apiPaths.metrics)).text()
    const before = await scrape()
    expect(sample(before, 'common_ground_connections')).toBe(0)
    expect(sample(before, 'common_ground_messages_in_total')).toBe(0)

    const board = await createBoard(server.url)
    const a = openProvider(server.url, board.id, { token: board.tokens.participant })
    const b = openProvider(server.url, board.id, { token: board.tokens.observer })
    a.write('counted')
    await vi.waitFor(() => expect(b.content()).toBe('counted'))
    await server.rooms.idle()

    const during = await scrape()
    expect(sample(during, 'common_ground_connections')).toBe(2)
    expect(sample(during, 'common_ground_boards_loaded')).toBe(1)
    expect(sample(during, 'common_ground_messages_in_total')).toBeGreaterThan(0)
    expect(sample(during, 'common_ground_messages_out_total')).toBeGreaterThan(0)
    expect(sample(during, 'common_ground_bytes_in_total')).toBeGreaterThan(
      sample(during, 'common_ground_messages_in_total'),
    )
    expect(sample(during, 'common_ground_bytes_out_total')).toBeGreaterThan(0)
    expect(sample(during, 'common_ground_store_append_seconds_count')).toBeGreaterThan(0)

    // A socket that breaks a rule is counted by its close code's name.
    const rude = openSocket(server.url, board.id, board.tokens.participant)
    await new Promise((resolve) => rude.once('open', resolve))
    rude.send(new Uint8Array([99]))
    await new Promise((resolve) => rude.once('close', resolve))
    await vi.waitFor(async () =>
      expect(
        sample(await scrape(), 'common_ground_messages_rejected_total{reason="UnknownMessage"}'),
      ).toBe(1),
    )
  })
})
