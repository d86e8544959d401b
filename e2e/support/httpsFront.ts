import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:tls'

/**
 * An https front for a test server, as a public deployment has (a TLS-terminating proxy
 * before `node server/dist/main.js`): TLS with a self-signed certificate for `hostname`,
 * made by openssl now, then every byte passed to the plain server (pages, API and
 * WebSocket upgrades alike). The browser reaches `hostname` through Chromium's
 * `--host-resolver-rules`, so the page is on a public-looking https address, not on
 * localhost or 127.0.0.1.
 */
export interface HttpsFront {
  /** `https://<hostname>:<port>` */
  origin: string
  close(): Promise<void>
}

export async function startHttpsFront(hostname: string, target: URL): Promise<HttpsFront> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-https-'))
  try {
    // No openssl is a broken test machine: fail loudly (execFileSync throws), never skip.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${hostname}`,
        '-addext',
        `subjectAltName=DNS:${hostname}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    )
    const key = readFileSync(join(dir, 'key.pem'))
    const cert = readFileSync(join(dir, 'cert.pem'))
    const sockets = new Set<Socket>()
    const server = createServer({ key, cert }, (client) => {
      const upstream = connect(Number(target.port), target.hostname)
      for (const socket of [client, upstream]) {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
        socket.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return {
      origin: `https://${hostname}:${port}`,
      close: () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy()
          server.close(() => resolve())
        }),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
