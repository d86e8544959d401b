import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { parseSetCookie } from 'cookie'
import { describe, expect, it } from 'vitest'
import {
  apiPaths,
  MAX_BOARD_TITLE_LENGTH,
  ROLES,
  sessionCookieName,
  type ApiError,
  type BoardId,
  type BoardInfo,
  type CreateBoardResponse,
  type LinksResponse,
  type RotateLinkResponse,
} from '@common-ground/shared'
import { bearer, createBoard, startTestServer } from '../serverTestkit.testkit.js'
import { SQLITE_FILE } from '../startServer.js'

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

async function apiError(response: Response, status: number): Promise<ApiError> {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/application\/json/)
  const body = (await response.json()) as ApiError
  expect(body.message.length).toBeGreaterThan(10)
  return body
}

describe('POST /api/boards', () => {
  it('A1, A8: answers 201 with three distinct absolute links whose tokens are in the fragment', async () => {
    const server = await startTestServer()
    const response = await post(server.url + apiPaths.boards, { title: '  Youth services  ' })
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const board = (await response.json()) as CreateBoardResponse
    expect(board.title).toBe('Youth services')
    for (const role of ROLES) {
      const link = new URL(board.links[role])
      expect(link.origin).toBe(server.url)
      expect(link.pathname).toBe(`/b/${board.id}`)
      expect(link.search).toBe('')
      expect(link.hash).toMatch(/^#t=[A-Za-z0-9_-]{43}$/)
    }
    expect(new Set(ROLES.map((role) => board.links[role])).size).toBe(3)
  })

  it('A8: builds links from X-Forwarded-Proto/Host only when TRUST_PROXY is set', async () => {
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'cg.example.org' }
    const direct = await startTestServer()
    const ignored = (await (
      await post(direct.url + apiPaths.boards, { title: 'x' }, forwarded)
    ).json()) as CreateBoardResponse
    expect(ignored.links.participant.startsWith(`${direct.url}/b/`)).toBe(true)

    const proxied = await startTestServer({ trustProxy: 1 })
    const honoured = (await (
      await post(proxied.url + apiPaths.boards, { title: 'x' }, forwarded)
    ).json()) as CreateBoardResponse
    expect(honoured.links.participant.startsWith('https://cg.example.org/b/')).toBe(true)
  })

  it('A2: stores no token anywhere in the database, only hashes', async () => {
    const server = await startTestServer()
    const boards = [await createBoard(server.url), await createBoard(server.url)]
    const rotated = (await (
      await fetch(server.url + apiPaths.rotateLink(boards[0]!.id, 'observer'), {
        method: 'POST',
        headers: bearer(boards[0]!.tokens.facilitator),
      })
    ).json()) as RotateLinkResponse
    await server.close()
    const tokens = boards.flatMap((board) => Object.values(board.tokens))
    tokens.push(new URL(rotated.link).hash.slice(3))
    const files = readdirSync(server.dataDir).filter((name) => name.startsWith(SQLITE_FILE))
    expect(files).toContain(SQLITE_FILE)
    const bytes = Buffer.concat(files.map((name) => readFileSync(join(server.dataDir, name))))
    const db = new Database(join(server.dataDir, SQLITE_FILE), { readonly: true })
    const rows = JSON.stringify(db.prepare('SELECT * FROM boards').all())
    db.close()
    expect(rows).toContain(boards[1]!.id)
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(bytes.includes(token), token).toBe(false)
      expect(rows.includes(token), token).toBe(false)
    }
  })

  it.each([
    [{}, 'bad_title'],
    [{ title: '   ' }, 'bad_title'],
    [{ title: 42 }, 'bad_title'],
    [{ title: 'x'.repeat(MAX_BOARD_TITLE_LENGTH + 1) }, 'bad_title'],
    [{ title: 'two\nlines' }, 'bad_title'],
    [{ title: 'ok', template: 7 }, 'bad_template'],
    [{ title: 'ok', template: 'any' }, 'bad_template'],
    [{ title: 'ok', template: 'toString' }, 'bad_template'],
    [[], 'bad_title'],
  ])('refuses %j with 400', async (body, code) => {
    const server = await startTestServer()
    expect((await apiError(await post(server.url + apiPaths.boards, body), 400)).error).toBe(code)
  })

  it('accepts the longest title, a template id and unknown fields', async () => {
    const server = await startTestServer()
    const title = 'x'.repeat(MAX_BOARD_TITLE_LENGTH)
    const response = await post(server.url + apiPaths.boards, {
      title,
      template: 'ladder',
      extra: 1,
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as CreateBoardResponse).title).toBe(title)
  })

  it('refuses a body that is not JSON with 400', async () => {
    const server = await startTestServer()
    const response = await fetch(server.url + apiPaths.boards, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"title":',
    })
    await apiError(response, 400)
  })

  it('A8: limits board creation per address with 429 and Retry-After', async () => {
    const server = await startTestServer({ limits: { boardCreationsPerMinute: 2 } })
    await createBoard(server.url)
    await createBoard(server.url)
    const refused = await post(server.url + apiPaths.boards, { title: 'third' })
    const body = await apiError(refused, 429)
    expect(body.error).toBe('too_many_boards')
    expect(body.message).toMatch(/Wait \d+ seconds?, then try again/)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
  })
})

describe('sessions and board info', () => {
  it('A4: sets an HttpOnly, SameSite=Strict session cookie holding the token, and answers BoardInfo', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Cookies')
    for (const role of ROLES) {
      const response = await post(server.url + apiPaths.session(board.id), {
        token: board.tokens[role],
      })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({
        id: board.id,
        title: 'Cookies',
        role,
        archived: false,
        personId: expect.stringMatching(/^p[A-Za-z0-9_-]{22}$/) as unknown as string,
      } satisfies BoardInfo)
      const cookie = response.headers
        .getSetCookie()
        .map((header) => parseSetCookie(header))
        .find(({ name }) => name === sessionCookieName(board.id))!
      expect(cookie).toMatchObject({
        name: sessionCookieName(board.id),
        value: board.tokens[role],
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        maxAge: 30 * 24 * 60 * 60,
      })
      expect(cookie.secure).toBeFalsy()

      const info = await fetch(server.url + apiPaths.board(board.id), {
        headers: { Cookie: `${cookie.name}=${cookie.value}` },
      })
      expect(((await info.json()) as BoardInfo).role).toBe(role)
    }
  })

  it('A4: marks the cookie Secure when the request came over https through a trusted proxy', async () => {
    const server = await startTestServer({ trustProxy: 1 })
    const board = await createBoard(server.url)
    const response = await post(
      server.url + apiPaths.session(board.id),
      { token: board.tokens.observer },
      { 'X-Forwarded-Proto': 'https' },
    )
    for (const header of response.headers.getSetCookie()) {
      expect(parseSetCookie(header).secure).toBe(true)
    }
  })

  it('A3: answers BoardInfo for a bearer token', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const info = await fetch(server.url + apiPaths.board(board.id), {
      headers: bearer(board.tokens.observer),
    })
    expect(info.headers.get('cache-control')).toBe('no-store')
    expect(await info.json()).toMatchObject({ role: 'observer', archived: false })
  })

  it('A3: refuses a wrong or missing token with 401, an unknown board with 404, a bad id with 400', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const other = await createBoard(server.url)
    const wrong = other.tokens.facilitator
    const unknown = 'no-such-board' as BoardId

    const session = (id: string, token: unknown) =>
      post(`${server.url}/api/boards/${id}/session`, { token })
    expect((await apiError(await session(board.id, wrong), 401)).message).toMatch(
      /This link is not valid for this board/,
    )
    expect((await session(board.id, wrong)).headers.get('set-cookie')).toBeNull()
    await apiError(await session(board.id, 'short'), 401)
    await apiError(await session(board.id, undefined), 400)
    await apiError(await session(unknown, board.tokens.facilitator), 404)
    await apiError(await session('not valid!', board.tokens.facilitator), 400)

    const info = (id: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api/boards/${id}`, { headers })
    await apiError(await info(board.id, {}), 401)
    await apiError(await info(board.id, bearer(wrong)), 401)
    await apiError(await info(board.id, { Cookie: `${sessionCookieName(board.id)}=${wrong}` }), 401)
    // A valid token in another board's cookie is not a token for this one.
    await apiError(
      await info(board.id, {
        Cookie: `${sessionCookieName(other.id)}=${other.tokens.facilitator}`,
      }),
      401,
    )
    await apiError(await info(unknown, bearer(board.tokens.facilitator)), 404)
    await apiError(await info('not%20valid', bearer(board.tokens.facilitator)), 400)
  })
})

describe('links, rotation and archiving', () => {
  it('A2: lists the current participant and observer links to the facilitator only', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const response = await fetch(server.url + apiPaths.links(board.id), {
      headers: bearer(board.tokens.facilitator),
    })
    expect(await response.json()).toEqual({
      links: { participant: board.links.participant, observer: board.links.observer },
    } satisfies LinksResponse)
    for (const role of ['participant', 'observer'] as const) {
      const refused = await fetch(server.url + apiPaths.links(board.id), {
        headers: bearer(board.tokens[role]),
      })
      await apiError(refused, 403)
    }
  })

  it('A6: the old token stops working at once, the new one works and is listed', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const rotate = (token: string) =>
      fetch(server.url + apiPaths.rotateLink(board.id, 'participant'), {
        method: 'POST',
        headers: bearer(token),
      })
    await apiError(await rotate(board.tokens.participant), 403)
    const response = await rotate(board.tokens.facilitator)
    expect(response.status).toBe(200)
    const rotated = (await response.json()) as RotateLinkResponse
    expect(rotated.role).toBe('participant')
    expect(rotated.link).not.toBe(board.links.participant)
    const token = new URL(rotated.link).hash.slice('#t='.length)

    const info = (token: string) =>
      fetch(server.url + apiPaths.board(board.id), { headers: bearer(token) })
    await apiError(await info(board.tokens.participant), 401)
    expect(await (await info(token)).json()).toMatchObject({ role: 'participant' })
    expect(await (await info(board.tokens.observer)).json()).toMatchObject({ role: 'observer' })
    const links = (await (
      await fetch(server.url + apiPaths.links(board.id), {
        headers: bearer(board.tokens.facilitator),
      })
    ).json()) as LinksResponse
    expect(links.links).toEqual({ participant: rotated.link, observer: board.links.observer })
  })

  it('A6: refuses to rotate the facilitator link or an unknown role with 400', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    for (const role of ['facilitator', 'admin']) {
      const response = await fetch(`${server.url}/api/boards/${board.id}/links/${role}/rotate`, {
        method: 'POST',
        headers: bearer(board.tokens.facilitator),
      })
      await apiError(response, 400)
    }
  })

  it('A7: only the facilitator sets the flag, and every role then sees it', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const archive = (token: string, body: unknown) =>
      post(server.url + apiPaths.archive(board.id), body, bearer(token))
    await apiError(await archive(board.tokens.participant, { archived: true }), 403)
    await apiError(await archive(board.tokens.facilitator, { archived: 'yes' }), 400)
    const response = await archive(board.tokens.facilitator, { archived: true })
    expect(await response.json()).toMatchObject({ role: 'facilitator', archived: true })
    const info = await fetch(server.url + apiPaths.board(board.id), {
      headers: bearer(board.tokens.observer),
    })
    expect(await info.json()).toMatchObject({ role: 'observer', archived: true })
    await archive(board.tokens.facilitator, { archived: false })
    const reopened = await fetch(server.url + apiPaths.board(board.id), {
      headers: bearer(board.tokens.participant),
    })
    expect(await reopened.json()).toMatchObject({ archived: false })
  })
})
