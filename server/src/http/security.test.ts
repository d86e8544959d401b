import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import { apiPaths, type RotateLinkResponse } from '@common-ground/shared'
import { createLogger } from '../metrics/logger.js'
import {
  bearer,
  createBoard,
  openProvider,
  openSocket,
  startTestServer,
  tempDir,
  upgradeStatus,
} from '../serverTestkit.testkit.js'
import { CONTENT_SECURITY_POLICY } from './securityHeaders.js'

/** GET with the path sent exactly as written: fetch would normalise `..` away. */
function rawGet(url: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { path, headers }, (res) => {
      let body = ''
      res.setEncoding('latin1')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

const SECRET = 'top-secret-file-content'

/** A data directory with the built client inside it and a secret file beside the client. */
async function serverWithSecrets() {
  const dataDir = tempDir()
  const clientDist = join(dataDir, 'client')
  mkdirSync(join(clientDist, 'assets'), { recursive: true })
  writeFileSync(join(clientDist, 'index.html'), '<!doctype html><title>Common Ground</title>')
  writeFileSync(join(clientDist, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dataDir, 'secret.txt'), SECRET)
  const server = await startTestServer({ dataDir, clientDist })
  return { server, secretPath: join(dataDir, 'secret.txt') }
}

describe('security headers', () => {
  it('are on pages, static files, API answers, errors and metrics', async () => {
    const { server } = await serverWithSecrets()
    const board = await createBoard(server.url)
    const responses = await Promise.all([
      fetch(server.url + '/'),
      fetch(server.url + `/b/${board.id}`),
      fetch(server.url + '/assets/app.js'),
      fetch(server.url + apiPaths.config),
      fetch(server.url + apiPaths.board(board.id), { headers: bearer(board.tokens.observer) }),
      fetch(server.url + apiPaths.board(board.id)),
      fetch(server.url + '/api/nothing'),
      fetch(server.url + '/assets/missing.js'),
      fetch(server.url + apiPaths.metrics),
    ])
    for (const response of responses) {
      const where = `${response.url} (${response.status})`
      expect(response.headers.get('content-security-policy'), where).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('referrer-policy'), where).toBe('no-referrer')
      expect(response.headers.get('x-content-type-options'), where).toBe('nosniff')
      expect(response.headers.get('x-frame-options'), where).toBe('DENY')
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/)
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })
})

describe('paths', () => {
  it('no static or asset route reads a file outside its folder', async () => {
    const { server, secretPath } = await serverWithSecrets()
    const board = await createBoard(server.url)
    const assets = apiPaths.assets(board.id)
    // The same request shape does reach files that are inside the folder.
    expect((await rawGet(server.url, '/assets/./app.js')).body).toBe('console.log(1)')
    const paths = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      `//${secretPath}`,
      `/${encodeURIComponent(secretPath)}`,
      `${assets}/..%2f..%2f..%2fsecret.txt`,
      `${assets}/%2e%2e`,
      `${assets}/${encodeURIComponent(secretPath)}`,
      `/api/boards/..%2f..%2fsecret.txt/assets/x`,
      `/api/boards/%2e%2e/assets/secret.txt`,
    ]
    for (const path of paths) {
      const { status, body } = await rawGet(server.url, path, bearer(board.tokens.observer))
      expect(body, path).not.toContain(SECRET)
      // Refused, or the app's page (a client-side route); never the file.
      if (status === 200) expect(body, path).toContain('<title>Common Ground</title>')
      else expect([400, 403, 404], path).toContain(status)
    }
  })
})

describe('asset access', () => {
  it('A9: upload needs a role that can write on an open board; download any role of that board', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url)
    const other = await createBoard(server.url)
    const uploadAs = (token: string | undefined, id: string = board.id) =>
      fetch(`${server.url}/api/boards/${id}/assets`, {
        method: 'POST',
        headers: { 'Content-Type': 'image/png', ...bearer(token) },
        body: new Uint8Array([137, 80, 78, 71]),
      })
    expect((await uploadAs(undefined)).status).toBe(401)
    expect((await uploadAs(other.tokens.facilitator)).status).toBe(401)
    expect((await uploadAs(board.tokens.observer)).status).toBe(403)
    expect((await uploadAs(board.tokens.facilitator, 'unknown-board')).status).toBe(404)
    const uploaded = await uploadAs(board.tokens.participant)
    expect(uploaded.status).toBe(201)
    const { url } = (await uploaded.json()) as { url: string }

    const download = (headers: Record<string, string>) => fetch(server.url + url, { headers })
    expect((await download({})).status).toBe(401)
    expect((await download(bearer(other.tokens.facilitator))).status).toBe(401)
    expect((await download(bearer(board.tokens.observer))).status).toBe(200)
    const session = await fetch(server.url + apiPaths.session(board.id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: board.tokens.observer }),
    })
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!
    expect((await download({ Cookie: cookie })).status).toBe(200)
    const onOther = await fetch(server.url + url.replace(board.id, other.id), {
      headers: bearer(board.tokens.observer),
    })
    expect(onOther.status).toBe(401)
    const onUnknown = await fetch(server.url + url.replace(board.id, 'unknown-board'), {
      headers: bearer(board.tokens.observer),
    })
    expect(onUnknown.status).toBe(404)

    await fetch(server.url + apiPaths.archive(board.id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...bearer(board.tokens.facilitator) },
      body: JSON.stringify({ archived: true }),
    })
    expect((await uploadAs(board.tokens.facilitator)).status).toBe(403)
    expect((await download(bearer(board.tokens.participant))).status).toBe(200)
  })
})

describe('logs', () => {
  it('A10: hold no token after create, session, upgrade, refusal and rotation', async () => {
    let output = ''
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString()
        done()
      },
    })
    const server = await startTestServer({ logger: createLogger('trace', sink) })
    const board = await createBoard(server.url)
    await fetch(server.url + apiPaths.session(board.id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: board.tokens.participant }),
    })
    const wrong = await fetch(server.url + apiPaths.session(board.id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: 'y'.repeat(43) }),
    })
    expect(wrong.status).toBe(401)
    const client = openProvider(server.url, board.id, { token: board.tokens.participant })
    client.write('logged')
    await vi.waitFor(() => expect(client.provider.synced).toBe(true))
    await fetch(server.url + apiPaths.board(board.id), {
      headers: { Cookie: `cg_session_${board.id}=${board.tokens.observer}` },
    })
    expect(await upgradeStatus(openSocket(server.url, board.id, 'z'.repeat(43)))).toBe(401)
    const rotated = (await (
      await fetch(server.url + apiPaths.rotateLink(board.id, 'participant'), {
        method: 'POST',
        headers: bearer(board.tokens.facilitator),
      })
    ).json()) as RotateLinkResponse
    await fetch(server.url + apiPaths.links(board.id), {
      headers: bearer(board.tokens.facilitator),
    })
    await server.close()

    // The flow was logged, headers and all, so the absence of tokens means something.
    expect(output).toContain('"msg":"board created"')
    expect(output).toContain('"msg":"link rotated"')
    expect(output).toContain('"msg":"upgrade refused"')
    expect(output).toContain('"authorization":"[redacted]"')
    expect(output).toContain('"cookie":"[redacted]"')
    expect(output).toContain('"set-cookie":"[redacted]"')
    const tokens = [...Object.values(board.tokens), new URL(rotated.link).hash.slice(3)]
    for (const token of [...tokens, 'y'.repeat(43), 'z'.repeat(43)]) {
      expect(output.includes(token), token).toBe(false)
    }
  })

  it('A10: redacts a token field wherever a log line carries one', () => {
    let output = ''
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          output += chunk.toString()
          done()
        },
      }),
    )
    logger.info({ token: 'secret-1', body: { token: 'secret-2' }, a: { b: { token: 'secret-3' } } })
    expect(output).not.toMatch(/secret-\d/)
  })
})
