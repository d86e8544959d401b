import { createConnection, createServer, type Socket } from 'node:net'
import { onTestFinished } from 'vitest'

export interface Target {
  host: string
  port: number
}

export interface TcpProxy {
  readonly port: number
  /** Drops every connection and refuses new ones, as a network cut would. */
  cut(): void
  /** Accepts connections again. */
  restore(): void
  close(): Promise<void>
}

/**
 * A TCP proxy for tests: in front of PostgreSQL, cutting it stands for the database going
 * away without stopping the shared one; in front of several server processes it is a load
 * balancer without stickiness (each connection to the next live target, round robin).
 */
export async function tcpProxy(targets: () => Target[]): Promise<TcpProxy> {
  const open = new Set<Socket>()
  let cut = false
  let next = 0
  const server = createServer((client) => {
    if (cut) {
      client.destroy()
      return
    }
    open.add(client)
    client.once('close', () => open.delete(client))
    client.on('error', () => {})
    const candidates = targets()
    const tryTarget = (attempt: number) => {
      if (attempt >= candidates.length) {
        client.destroy()
        return
      }
      const target = candidates[next++ % candidates.length]!
      const upstream = createConnection(target)
      let connected = false
      upstream.once('connect', () => {
        connected = true
        open.add(upstream)
        client.pipe(upstream)
        upstream.pipe(client)
      })
      upstream.once('close', () => {
        open.delete(upstream)
        if (connected) client.destroy()
      })
      upstream.on('error', () => {
        if (!connected) tryTarget(attempt + 1)
      })
      client.once('close', () => upstream.destroy())
    }
    tryTarget(0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  const proxy: TcpProxy = {
    port,
    cut() {
      cut = true
      for (const socket of open) socket.destroy()
    },
    restore() {
      cut = false
    },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.cut()
        server.close(() => resolve())
      }),
  }
  onTestFinished(() => proxy.close())
  return proxy
}
