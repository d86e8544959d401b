import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { Redis } from 'ioredis'

/**
 * The Redis the tests use for real (never a mock): `TEST_REDIS_URL`, by default the one
 * `.ci/run` starts. Tests that stop Redis start their own redis-server on a free port
 * (`ownRedis`), so the shared one is never disturbed.
 */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** A channel and key prefix no other run uses. */
export function testPrefix(): string {
  return `cg-test-${process.pid}-${randomBytes(3).toString('hex')}:`
}

/** Fails loudly (never skips) when the test Redis is not there. */
export async function requireRedis(url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  redis.on('error', () => {})
  try {
    await redis.connect()
    await redis.ping()
  } catch (error) {
    throw new Error(
      `These tests need Redis at ${url} (set TEST_REDIS_URL, or run .ci/run, which starts ` +
        `it): ${(error as Error).message}`,
    )
  } finally {
    redis.disconnect()
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export interface OwnRedis {
  url: string
  /** Stops the server (SIGKILL: nothing it held survives, as after a crash). */
  stop(): Promise<void>
  /** Starts it again on the same port. */
  start(): Promise<void>
}

/** A redis-server of the test's own, on a free port, without persistence. */
export async function ownRedis(): Promise<OwnRedis> {
  const port = await freePort()
  const url = `redis://127.0.0.1:${port}`
  let child: ChildProcess | null = null
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    )
    child.once('error', () => {})
    for (let tries = 0; ; tries++) {
      try {
        await requireRedis(url)
        return
      } catch (error) {
        if (tries > 50) {
          throw new Error(
            `redis-server (is it installed?) did not start on ${port}: ${String(error)}`,
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  }
  const stop = async () => {
    const running = child
    child = null
    if (running === null || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGKILL')
    await exited
  }
  await start()
  return { url, stop, start }
}
