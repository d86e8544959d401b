import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { apiPaths, type ApiError } from '@common-ground/shared'
import { buildServer, spawnServer, type ServerProcess } from '../hardening/serverProcess.testkit.js'
import { LOOKUPS_PER_ADDRESS } from '../http/joinCodeRoutes.js'
import { tempDir } from '../serverTestkit.testkit.js'
import { clusterEnv, useClusterServices } from './clusterTestkit.testkit.js'

/**
 * Limits per address held across real server processes on one Redis (PROTOCOL.md R65,
 * R74): one address whose requests a load balancer spreads over two processes gets the
 * limit once, not once per process. Needs the real PostgreSQL and Redis (fails loudly
 * without them, like every cluster test).
 */
useClusterServices()
beforeAll(() => buildServer(), 120_000)

let processes: ServerProcess[] = []
afterEach(async () => {
  await Promise.all(processes.map((process) => process.stop()))
  processes = []
})

async function spawnTwo(env: Record<string, string>): Promise<[ServerProcess, ServerProcess]> {
  processes = await Promise.all([
    spawnServer({ dataDir: tempDir(), env }),
    spawnServer({ dataDir: tempDir(), env }),
  ])
  return [processes[0]!, processes[1]!]
}

async function post(server: ServerProcess, path: string, body: unknown) {
  const response = await fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = (await response.json().catch(() => null)) as Partial<ApiError> | null
  return {
    status: response.status,
    error: json?.error,
    retryAfter: response.headers.get('Retry-After'),
  }
}

describe('limits per address across processes', { timeout: 90_000 }, () => {
  it('R65: join-code tries are counted across processes: the 11th from one address is refused by either', async () => {
    const [a, b] = await spawnTwo(clusterEnv())
    // Well-formed codes no board has: each is a try, answered 404 while tries are left.
    const tries = Array.from({ length: LOOKUPS_PER_ADDRESS }, (_, i) => (i % 2 === 0 ? a : b))
    for (const [i, server] of tries.entries()) {
      const answer = await post(server, apiPaths.joinCodes, { code: `ABCD-EFG${i % 10}` })
      expect(answer, `try ${i + 1}`).toMatchObject({ status: 404, error: 'no_such_code' })
    }
    // Counting alone, each process would have allowed 5 more.
    for (const server of [a, b]) {
      const answer = await post(server, apiPaths.joinCodes, { code: 'ABCD-EFGH' })
      expect(answer).toMatchObject({ status: 429, error: 'too_many_codes' })
      expect(Number(answer.retryAfter)).toBeGreaterThan(0)
    }
  })

  it('R74: board creations per address are counted across processes', async () => {
    const [a, b] = await spawnTwo({ ...clusterEnv(), BOARD_CREATIONS_PER_MINUTE: '3' })
    for (const server of [a, b, a]) {
      expect(await post(server, apiPaths.boards, { title: 'Shared limit' })).toMatchObject({
        status: 201,
      })
    }
    for (const server of [b, a]) {
      expect(await post(server, apiPaths.boards, { title: 'One too many' })).toMatchObject({
        status: 429,
        error: 'too_many_boards',
      })
    }
  })
})
