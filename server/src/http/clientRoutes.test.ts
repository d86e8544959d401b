import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { startTestServer, tempDir } from '../serverTestkit.testkit.js'
import { acceptedEncodings } from './precompressed.js'

const SCRIPT = 'console.log("the board")\n'.repeat(200)

function buildWithVariants(): string {
  const dist = tempDir('cg-client-')
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Common Ground</title>')
  mkdirSync(join(dist, 'assets'))
  const file = join(dist, 'assets', 'board-abc123.js')
  writeFileSync(file, SCRIPT)
  writeFileSync(`${file}.br`, brotliCompressSync(SCRIPT))
  writeFileSync(`${file}.gz`, gzipSync(SCRIPT))
  writeFileSync(join(dist, 'assets', 'font-abc.woff2'), 'font bytes')
  return dist
}

/** A raw GET (fetch would decode the body and hide Content-Encoding handling). */
function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
      req.on('error', reject)
      req.end()
    },
  )
}

describe('the built client, precompressed', () => {
  it('sends brotli to a browser that takes it, gzip to one that takes only gzip, else the file', async () => {
    const server = await startTestServer({ clientDist: buildWithVariants() })
    const url = `${server.url}/assets/board-abc123.js`

    const br = await get(url, { 'Accept-Encoding': 'gzip, deflate, br, zstd' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/javascript/)
    expect(br.headers.vary).toMatch(/Accept-Encoding/)
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT)

    const gz = await get(url, { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT)

    const plain = await get(url, { 'Accept-Encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toMatch(/Accept-Encoding/)
    expect(plain.body.toString()).toBe(SCRIPT)
  })

  it('sends files without variants as they are, and index.html never cached', async () => {
    const server = await startTestServer({ clientDist: buildWithVariants() })
    const font = await get(`${server.url}/assets/font-abc.woff2`, { 'Accept-Encoding': 'br' })
    expect(font.headers['content-encoding']).toBeUndefined()
    expect(font.headers['cache-control']).toMatch(/immutable/)
    const page = await get(`${server.url}/b/some-board`, { 'Accept-Encoding': 'br' })
    expect(page.headers['cache-control']).toBe('no-cache')
    const outside = await get(`${server.url}/assets/..%2f..%2fetc%2fpasswd`, {
      'Accept-Encoding': 'br',
    })
    expect(outside.status).toBe(404)
  })

  it('reads Accept-Encoding with q-values and wildcards', () => {
    expect([...acceptedEncodings('gzip, br;q=0')]).toEqual(['gzip'])
    expect(acceptedEncodings('*').has('br')).toBe(true)
    expect(acceptedEncodings('br;q=0, *').has('br')).toBe(false)
    expect(acceptedEncodings(undefined).size).toBe(0)
  })
})
