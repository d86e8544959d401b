import { parseSetCookie } from 'cookie'
import { describe, expect, it } from 'vitest'
import {
  apiPaths,
  PERSON_COOKIE_NAME,
  PERSON_ID_PATTERN,
  type BoardInfo,
} from '@common-ground/shared'
import { bearer, createBoard, startTestServer } from '../serverTestkit.testkit.js'

/** Swaps a link token for a session, as a browser holding `cookies` would. */
async function startSession(url: string, boardId: string, token: string, cookies = '') {
  const response = await fetch(url + apiPaths.session(boardId as never), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookies ? { Cookie: cookies } : {}) },
    body: JSON.stringify({ token }),
  })
  expect(response.status).toBe(200)
  const info = (await response.json()) as BoardInfo
  const person = response.headers
    .getSetCookie()
    .map((header) => parseSetCookie(header))
    .find(({ name }) => name === PERSON_COOKIE_NAME)
  return { info, person }
}

describe('person identity', () => {
  it('A12: a browser gets a signed, HttpOnly person cookie and keeps its person across reloads and boards', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const other = await createBoard(server.url)
    const first = await startSession(server.url, board.id, board.tokens.participant)
    expect(first.info.personId).toMatch(PERSON_ID_PATTERN)
    expect(first.person).toMatchObject({ httpOnly: true, sameSite: 'strict', path: '/' })
    const jar = `${PERSON_COOKIE_NAME}=${first.person!.value}`

    const reload = await startSession(server.url, board.id, board.tokens.participant, jar)
    expect(reload.info.personId).toBe(first.info.personId)
    const elsewhere = await startSession(server.url, other.id, other.tokens.facilitator, jar)
    expect(elsewhere.info.personId).toBe(first.info.personId)

    const stranger = await startSession(server.url, board.id, board.tokens.participant)
    expect(stranger.info.personId).not.toBe(first.info.personId)
  })

  it('A12: a forged or altered person cookie is not believed; the browser becomes a new person', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const real = await startSession(server.url, board.id, board.tokens.participant)
    const [id = '', signature = ''] = (real.person?.value ?? '').split('.')
    const forgedId = `p${'A'.repeat(22)}`
    for (const forged of [`${forgedId}.${signature}`, `${id}.${'x'.repeat(43)}`, forgedId, '']) {
      const { info } = await startSession(
        server.url,
        board.id,
        board.tokens.participant,
        `${PERSON_COOKIE_NAME}=${forged}`,
      )
      expect(info.personId).not.toBe(forgedId)
      expect(info.personId).not.toBe(id)
    }
  })

  it('A13: a program with a bearer token is the person of that token, the same every time', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const ask = async (token: string) =>
      (
        (await (
          await fetch(server.url + apiPaths.board(board.id), { headers: bearer(token) })
        ).json()) as BoardInfo
      ).personId
    const once = await ask(board.tokens.participant)
    expect(once).toMatch(/^t[A-Za-z0-9_-]{22}$/)
    expect(await ask(board.tokens.participant)).toBe(once)
    expect(await ask(board.tokens.observer)).not.toBe(once)
  })
})
