import { connect } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import {
  apiPaths,
  CloseCode,
  sessionCookieName,
  WS_PATH,
  type RotateLinkResponse,
} from '@common-ground/shared'
import { WebSocket } from 'ws'
import {
  bearer,
  createBoard,
  openProvider,
  openSocket,
  startTestServer,
  upgradeStatus,
} from '../serverTestkit.testkit.js'

const opened = (ws: WebSocket) => new Promise((resolve) => ws.once('open', resolve))
const closedWith = (ws: WebSocket) =>
  new Promise<[number, string]>((resolve) =>
    ws.once('close', (code, reason) => resolve([code, reason.toString()])),
  )

describe('WebSocket upgrade authentication', () => {
  it('A5: accepts a bearer token or the session cookie of that board', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    await opened(openSocket(server.url, board.id, board.tokens.observer))
    const cookie = new WebSocket(`${server.url.replace('http', 'ws')}${WS_PATH}/${board.id}`, {
      headers: { Cookie: `${sessionCookieName(board.id)}=${board.tokens.participant}` },
    })
    cookie.on('error', () => {})
    await opened(cookie)
    cookie.close()
    await vi.waitFor(() => expect(server.rooms.connectionCount).toBe(1))
  })

  it('A5: refuses no token or a wrong one with 401, an unknown board with 404, a bad id with 400', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const other = await createBoard(server.url)
    expect(await upgradeStatus(openSocket(server.url, board.id))).toBe(401)
    expect(await upgradeStatus(openSocket(server.url, board.id, other.tokens.facilitator))).toBe(
      401,
    )
    expect(await upgradeStatus(openSocket(server.url, board.id, 'x'.repeat(43)))).toBe(401)
    expect(
      await upgradeStatus(openSocket(server.url, 'unknown-board', board.tokens.facilitator)),
    ).toBe(404)
    expect(await upgradeStatus(openSocket(server.url, 'bad%20id', board.tokens.facilitator))).toBe(
      400,
    )
    expect(server.rooms.connectionCount).toBe(0)
    expect(server.rooms.roomCount).toBe(0)
  })

  it('R15: an observer receives the board but its edits are not kept', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const writer = openProvider(server.url, board.id, { token: board.tokens.participant })
    writer.write('written')
    const observer = openProvider(server.url, board.id, { token: board.tokens.observer })
    await vi.waitFor(() => expect(observer.content()).toBe('written'))
    observer.write('ignored')
    writer.write('later')
    await vi.waitFor(() => expect(observer.content()).toContain('later'))
    await server.rooms.idle()
    const late = openProvider(server.url, board.id, { token: board.tokens.facilitator })
    await vi.waitFor(() => expect(late.content()).toBe('later written'))
  })

  it('A6: rotation closes open sockets of that role with LinkRotated and keeps the others', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const participant = openSocket(server.url, board.id, board.tokens.participant)
    const facilitator = openSocket(server.url, board.id, board.tokens.facilitator)
    const observer = openSocket(server.url, board.id, board.tokens.observer)
    await Promise.all([participant, facilitator, observer].map(opened))
    const participantClosed = closedWith(participant)
    let othersClosed = false
    facilitator.once('close', () => (othersClosed = true))
    observer.once('close', () => (othersClosed = true))

    const response = await fetch(server.url + apiPaths.rotateLink(board.id, 'participant'), {
      method: 'POST',
      headers: bearer(board.tokens.facilitator),
    })
    const { link } = (await response.json()) as RotateLinkResponse
    const [code, reason] = await participantClosed
    expect(code).toBe(CloseCode.LinkRotated)
    expect(reason).toMatch(/replaced by the facilitator/)
    expect(await upgradeStatus(openSocket(server.url, board.id, board.tokens.participant))).toBe(
      401,
    )
    await opened(openSocket(server.url, board.id, new URL(link).hash.slice(3)))
    expect(othersClosed).toBe(false)
    expect(facilitator.readyState).toBe(WebSocket.OPEN)
    expect(observer.readyState).toBe(WebSocket.OPEN)
  })

  it('A7: archiving closes every socket with BoardArchived; they come back read-only', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const sockets = [
      openSocket(server.url, board.id, board.tokens.facilitator),
      openSocket(server.url, board.id, board.tokens.participant),
    ]
    await Promise.all(sockets.map(opened))
    const closes = sockets.map(closedWith)
    const response = await fetch(server.url + apiPaths.archive(board.id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...bearer(board.tokens.facilitator) },
      body: JSON.stringify({ archived: true }),
    })
    expect(response.status).toBe(200)
    for (const [code] of await Promise.all(closes)) expect(code).toBe(CloseCode.BoardArchived)

    // Nobody's edits are kept on an archived board, not even the facilitator's.
    const writer = openProvider(server.url, board.id, { token: board.tokens.facilitator })
    await vi.waitFor(() => expect(writer.provider.synced).toBe(true))
    writer.write('too-late')
    await server.rooms.idle()
    const reader = openProvider(server.url, board.id, { token: board.tokens.observer })
    await vi.waitFor(() => expect(reader.provider.synced).toBe(true))
    await server.rooms.idle()
    expect(reader.content()).toBe('')
  })

  it('A5: drops a connection that does not finish its request headers in time', async () => {
    const server = await startTestServer({ limits: { handshakeTimeoutMs: 300 } })
    const socket = connect(server.port, '127.0.0.1')
    socket.on('error', () => {})
    await new Promise((resolve) => socket.once('connect', resolve))
    const started = Date.now()
    socket.write(`GET ${WS_PATH}/some-board HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n`)
    const timer = setInterval(() => socket.write('X-Slow: 1\r\n'), 100)
    await new Promise((resolve) => socket.once('close', resolve))
    clearInterval(timer)
    expect(Date.now() - started).toBeLessThan(3000)
  })
})
