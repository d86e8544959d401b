import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiPaths, BEARER_PREFIX, tokenFromHash, type BoardInfo } from '@common-ground/shared'
import { createBoard, startTestServer } from '../serverTestkit.testkit.js'

const REPO = fileURLToPath(new URL('../../../', import.meta.url))
const CLI = fileURLToPath(new URL('../../dist/cli/newFacilitatorLink.js', import.meta.url))

beforeAll(() => {
  execFileSync('npx', ['tsc', '-b'], { cwd: REPO, stdio: 'pipe' })
}, 120_000)

const roleOf = async (serverUrl: string, boardId: string, token: string) => {
  const response = await fetch(serverUrl + apiPaths.board(boardId as never), {
    headers: { Authorization: BEARER_PREFIX + token },
  })
  return response.ok ? ((await response.json()) as BoardInfo).role : response.status
}

describe('cli/newFacilitatorLink', () => {
  it('A28: issues a working facilitator link and the old one stops working', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Lost link')
    const result = spawnSync(process.execPath, [CLI, board.id], {
      env: { ...process.env, DATA_DIR: server.dataDir, PUBLIC_URL: 'https://cg.example' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(0)
    const links = Object.fromEntries(
      [...result.stdout.matchAll(/^(facilitator|participant|observer) +(\S+)$/gm)].map((m) => [
        m[1],
        m[2],
      ]),
    ) as Record<string, string>
    expect(links.facilitator).toMatch(new RegExp(`^https://cg\\.example/b/${board.id}#t=`))
    const facilitator = tokenFromHash(new URL(links.facilitator!).hash)!
    const participant = tokenFromHash(new URL(links.participant!).hash)!

    expect(await roleOf(server.url, board.id, facilitator)).toBe('facilitator')
    expect(await roleOf(server.url, board.id, participant)).toBe('participant')
    expect(await roleOf(server.url, board.id, board.tokens.facilitator)).toBe(401)
    // Share, opened with the new link, lists the links the command printed.
    const listed = await fetch(server.url + apiPaths.links(board.id), {
      headers: { Authorization: BEARER_PREFIX + facilitator },
    })
    const body = (await listed.json()) as { links: Record<string, string> }
    expect(new URL(body.links.participant!).hash).toBe(new URL(links.participant!).hash)
  })

  it('A28: explains an unknown board or a missing argument', async () => {
    const server = await startTestServer()
    const env = { ...process.env, DATA_DIR: server.dataDir }
    const unknown = spawnSync(process.execPath, [CLI, 'no-such-board'], { env, encoding: 'utf8' })
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('There is no board no-such-board')
    const usage = spawnSync(process.execPath, [CLI], { env, encoding: 'utf8' })
    expect(usage.status).toBe(2)
    expect(usage.stderr).toContain('Usage:')
  })
})
