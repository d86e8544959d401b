import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { apiPaths, CloseCode, WS_PATH, type ApiError } from '@common-ground/shared'
import {
  bearer,
  createBoard,
  openProvider,
  openSocket,
  startTestServer,
  tempDir,
  type TestServer,
} from './serverTestkit.testkit.js'

/** A server with one board made through the API; `token` is its participant token. */
async function serverWithBoard(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options)
  const board = await createBoard(server.url)
  return { server, board, BOARD: board.id, token: board.tokens.participant }
}

function upload(
  server: TestServer,
  path: string,
  token: string | undefined,
  type: string,
  body: Uint8Array | string,
) {
  return fetch(server.url + path, {
    method: 'POST',
    headers: { 'Content-Type': type, ...bearer(token) },
    body,
  })
}

async function json<T>(response: Response): Promise<T> {
  expect(response.headers.get('content-type')).toMatch(/application\/json/)
  return (await response.json()) as T
}

describe('server over HTTP and WebSocket', () => {
  it('syncs two y-websocket providers both ways and shows each one the other', async () => {
    const { server, BOARD, token } = await serverWithBoard()
    const a = openProvider(server.url, BOARD, { token })
    const b = openProvider(server.url, BOARD, { token })
    a.provider.awareness.setLocalStateField('user', { name: 'Ada' })
    b.provider.awareness.setLocalStateField('user', { name: 'Bo' })
    a.write('from-a')
    await vi.waitFor(() => expect(b.content()).toBe('from-a'))
    b.write('b-says-hi')
    await vi.waitFor(() => expect(a.content()).toBe('b-says-hi from-a'))
    await vi.waitFor(() => {
      // Both joined with the participant link; the room stamps that role (R16).
      expect(a.provider.awareness.getStates().get(b.doc.clientID)).toEqual({
        user: { name: 'Bo', role: 'participant' },
      })
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({
        user: { name: 'Ada', role: 'participant' },
      })
    })
  })

  it('R12: keeps a board across a restart on the same data directory', async () => {
    const { server: first, BOARD, token } = await serverWithBoard()
    const writer = openProvider(first.url, BOARD, { token })
    writer.write('survives-restarts')
    await vi.waitFor(() => expect(writer.provider.synced).toBe(true))
    await vi.waitFor(() => expect(first.rooms.connectionCount).toBe(1))
    writer.provider.destroy()
    await first.close()

    const second = await startTestServer({ dataDir: first.dataDir })
    const reader = openProvider(second.url, BOARD, { token })
    await vi.waitFor(() => expect(reader.content()).toBe('survives-restarts'))
  })

  it('R12: closes sockets with GoingAway when the server stops', async () => {
    const { server, BOARD, token } = await serverWithBoard()
    const ws = openSocket(server.url, BOARD, token)
    await new Promise((resolve) => ws.once('open', resolve))
    const closed = new Promise<number>((resolve) => ws.once('close', resolve))
    await server.close()
    expect(await closed).toBe(CloseCode.GoingAway)
  })

  it('R13: refuses an upgrade to an invalid board id with HTTP 400', async () => {
    const server = await startTestServer()
    for (const path of [`${WS_PATH}/not%20valid`, `${WS_PATH}/`, '/elsewhere/abc']) {
      const status = await new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(server.url.replace('http', 'ws') + path)
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
        ws.on('open', () => reject(new Error(`${path} was accepted`)))
        ws.on('error', () => {})
      })
      expect(status, path).toBe(400)
    }
  })

  it('R11: closes a socket that sends a message over the size limit with 1009', async () => {
    const { server, BOARD, token } = await serverWithBoard({ limits: { maxMessageBytes: 1024 } })
    const ws = openSocket(server.url, BOARD, token)
    await new Promise((resolve) => ws.once('open', resolve))
    const code = await new Promise<number>((resolve) => {
      ws.once('close', resolve)
      ws.send(new Uint8Array(4096))
    })
    expect(code).toBe(CloseCode.MessageTooBig)
  })

  it('R5: closes a socket that sends an unknown message type with its close code', async () => {
    const { server, BOARD, token } = await serverWithBoard()
    const ws = openSocket(server.url, BOARD, token)
    await new Promise((resolve) => ws.once('open', resolve))
    const [code, reason] = await new Promise<[number, string]>((resolve) => {
      ws.once('close', (code, reason) => resolve([code, reason.toString()]))
      ws.send(new Uint8Array([99]))
    })
    expect(code).toBe(CloseCode.UnknownMessage)
    expect(reason).toMatch(/message type/)
  })

  it('stores an uploaded asset and serves it back with its content type', async () => {
    const { server, BOARD, token, board } = await serverWithBoard()
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])
    const uploaded = await upload(server, apiPaths.assets(BOARD), token, 'image/png', png)
    expect(uploaded.status).toBe(201)
    const { url } = await json<{ url: string }>(uploaded)
    expect(url).toMatch(new RegExp(`^${apiPaths.assets(BOARD)}/[A-Za-z0-9_-]+$`))
    const download = await fetch(server.url + url, { headers: bearer(board.tokens.observer) })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('image/png')
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
    expect(download.headers.get('cache-control')).toMatch(/^private, max-age=\d+/)
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(png)
  })

  it('serves SVG sandboxed so it cannot run script', async () => {
    const { server, BOARD, token } = await serverWithBoard()
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    const uploaded = await upload(
      server,
      apiPaths.assets(BOARD),
      token,
      'image/svg+xml; charset=utf-8',
      svg,
    )
    const { url } = await json<{ url: string }>(uploaded)
    const download = await fetch(server.url + url, { headers: bearer(token) })
    expect(download.headers.get('content-type')).toBe('image/svg+xml')
    expect(download.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
    expect(await download.text()).toBe(svg)
  })

  it('refuses uploads that are too large (413) or of the wrong type (415)', async () => {
    const { server, BOARD, token } = await serverWithBoard({ limits: { maxAssetBytes: 100 } })
    const post = (type: string, size: number) =>
      upload(server, apiPaths.assets(BOARD), token, type, new Uint8Array(size))
    const tooBig = await post('image/png', 101)
    expect(tooBig.status).toBe(413)
    expect((await json<ApiError>(tooBig)).message).toMatch(/larger/)
    const wrongType = await post('text/html', 10)
    expect(wrongType.status).toBe(415)
    expect((await json<ApiError>(wrongType)).message).toMatch(/image\/png/)
    expect((await post('image/png', 100)).status).toBe(201)
  })

  it('answers 400 for an invalid board id and 404 for an unknown asset, as JSON', async () => {
    const { server, BOARD, token } = await serverWithBoard()
    const invalid = await fetch(`${server.url}/api/boards/no%20spaces/assets/abc`)
    expect(invalid.status).toBe(400)
    expect((await json<ApiError>(invalid)).error).toBe('invalid_board_id')
    const tooLong = `/api/boards/${'x'.repeat(65)}/assets`
    expect((await upload(server, tooLong, token, 'image/png', new Uint8Array(4))).status).toBe(400)
    const unknown = await fetch(server.url + apiPaths.asset(BOARD, 'nope'), {
      headers: bearer(token),
    })
    expect(unknown.status).toBe(404)
    expect((await json<ApiError>(unknown)).message).toBeTruthy()
    const noRoute = await fetch(`${server.url}/api/nothing-here`)
    expect(noRoute.status).toBe(404)
    expect(await json<ApiError>(noRoute)).toMatchObject({ error: 'not_found' })
  })

  it('reports health and the client configuration', async () => {
    const server = await startTestServer({ tldrawLicenseKey: 'key-123' })
    const health = await fetch(server.url + apiPaths.health)
    expect(health.status).toBe(200)
    expect(await json(health)).toMatchObject({ status: 'ok' })
    const config = await fetch(server.url + apiPaths.config)
    expect(await json(config)).toEqual({
      tldrawLicenseKey: 'key-123',
      maxAssetBytes: expect.any(Number),
      assetTypes: expect.arrayContaining(['image/png', 'image/svg+xml']),
    })
  })

  it('serves the built client with index.html for app pages', async () => {
    const clientDist = tempDir('cg-client-')
    writeFileSync(join(clientDist, 'index.html'), '<!doctype html><title>Common Ground</title>')
    mkdirSync(join(clientDist, 'assets'))
    writeFileSync(join(clientDist, 'assets', 'app-1234.js'), 'console.log(1)')
    const server = await startTestServer({ clientDist })
    for (const path of ['/', '/b/some-board', '/b/some-board?x=1']) {
      const page = await fetch(server.url + path)
      expect(page.status, path).toBe(200)
      expect(await page.text()).toContain('<title>Common Ground</title>')
    }
    const script = await fetch(`${server.url}/assets/app-1234.js`)
    expect(await script.text()).toBe('console.log(1)')
    expect(script.headers.get('cache-control')).toMatch(/immutable/)
    const missing = await fetch(`${server.url}/assets/missing.js`)
    expect(missing.status).toBe(404)
  })

  it('says to build the client when it has not been built', async () => {
    const server = await startTestServer({ clientDist: join(tempDir(), 'absent') })
    const page = await fetch(server.url + '/')
    expect(page.status).toBe(503)
    expect((await json<ApiError>(page)).message).toMatch(/npm run build/)
  })
})
