import { describe, expect, it } from 'vitest'
import {
  apiPaths,
  normalizeJoinCode,
  tokenFromHash,
  type InvitationResponse,
  type JoinCodeResponse,
} from '@common-ground/shared'
import { joinCodeOf } from '../auth/joinCodes.js'
import { bearer, createBoard, startTestServer } from '../serverTestkit.testkit.js'

const postCode = (serverUrl: string, code: unknown, headers: Record<string, string> = {}) =>
  fetch(serverUrl + apiPaths.joinCodes, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ code }),
  })

async function invitation(serverUrl: string, boardId: string, token: string) {
  const response = await fetch(serverUrl + apiPaths.invitation(boardId as never), {
    headers: bearer(token),
  })
  return { status: response.status, body: (await response.json()) as InvitationResponse }
}

describe('join codes', () => {
  it('A20, A21: the facilitator sees a code that opens the participant link, typed any way', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const { status, body } = await invitation(server.url, board.id, board.tokens.facilitator)
    expect(status).toBe(200)
    expect(body.facilitator).toBe(board.links.facilitator)
    expect(body.joinCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)

    // Lower case, spaces, and the letters O/I/L people read for 0 and 1 are accepted.
    const typed = ` ${body.joinCode!.toLowerCase().replace('-', ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `
    const response = await postCode(server.url, typed)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const joined = (await response.json()) as JoinCodeResponse
    expect(joined.boardId).toBe(board.id)
    expect(tokenFromHash(new URL(joined.path, server.url).hash)).toBe(board.tokens.participant)
  })

  it('A20: the code is derived from the participant token and never stored as text', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const { body } = await invitation(server.url, board.id, board.tokens.facilitator)
    expect(normalizeJoinCode(body.joinCode!)).toBe(joinCodeOf(board.tokens.participant))
    const db = (await import('better-sqlite3')).default
    const { join } = await import('node:path')
    const { SQLITE_FILE } = await import('../startServer.js')
    const sqlite = new db(join(server.dataDir, SQLITE_FILE), { readonly: true })
    const rows = sqlite.prepare('SELECT * FROM join_codes').all()
    sqlite.close()
    const stored = JSON.stringify(rows)
    expect(rows).toHaveLength(1)
    expect(stored).not.toContain(normalizeJoinCode(body.joinCode!))
    expect(stored).not.toContain(board.tokens.participant)
  })

  it('A23: a new participant link makes a new code and the old code stops working', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const before = (await invitation(server.url, board.id, board.tokens.facilitator)).body.joinCode!
    const rotate = await fetch(server.url + apiPaths.rotateLink(board.id, 'participant'), {
      method: 'POST',
      headers: bearer(board.tokens.facilitator),
    })
    expect(rotate.status).toBe(200)
    // Until Share shows the new code, the old one already fails.
    expect((await postCode(server.url, before)).status).toBe(404)
    const after = (await invitation(server.url, board.id, board.tokens.facilitator)).body.joinCode!
    expect(after).not.toBe(before)
    const joined = (await (await postCode(server.url, after)).json()) as JoinCodeResponse
    const { link } = (await rotate.json()) as { link: string }
    expect(new URL(joined.path, server.url).hash).toBe(new URL(link).hash)
    expect((await postCode(server.url, before)).status).toBe(404)
  })

  it('A24: only the facilitator may see the invitation', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    expect((await invitation(server.url, board.id, board.tokens.participant)).status).toBe(403)
    expect((await invitation(server.url, board.id, board.tokens.observer)).status).toBe(403)
    const anonymous = await fetch(server.url + apiPaths.invitation(board.id))
    expect(anonymous.status).toBe(401)
  })

  it('A22: answers a clear 400 for text that cannot be a code and 404 for an unknown code', async () => {
    const server = await startTestServer()
    for (const bad of ['abc', 'ABCD-EFGU', 42, 'x'.repeat(100)]) {
      const response = await postCode(server.url, bad)
      expect(response.status).toBe(400)
      expect(((await response.json()) as { message: string }).message).toMatch(/code/)
    }
    const unknown = await postCode(server.url, 'ABCD-EFGH')
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as { message: string }).message).toMatch(
      /No board has that code/,
    )
  })

  it('A22: refuses more than ten codes a minute from one address with 429 and Retry-After', async () => {
    const server = await startTestServer()
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await postCode(server.url, 'ABCD-EFGH')).status).toBe(404)
    }
    const refused = await postCode(server.url, 'ABCD-EFGH')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
