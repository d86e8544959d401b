import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'
import type { BoardId } from '@common-ground/shared'
import { openProvider, tempDir } from './serverTestkit.testkit.js'

/**
 * The compiled server as a separate process, the way it runs in production: what a client
 * has seen relayed must survive `kill -9` (PROTOCOL.md R3).
 */

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const BOARD = 'durable-board' as BoardId

beforeAll(() => {
  execFileSync('npx', ['tsc', '-b'], { cwd: REPO, stdio: 'pipe' })
}, 120_000)

interface ServerProcess {
  child: ChildProcess
  url: string
  output: () => string
  exited: Promise<number | null>
}

/** Starts `node server/dist/main.js` and resolves once it logs its `listening` line. */
async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      for (const line of output.split('\n')) {
        if (!line.includes('"msg":"listening"')) continue
        resolve((JSON.parse(line) as { url: string }).url)
      }
    })
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return { child, url, output: () => output, exited }
}

describe('the server process', () => {
  it('R3: keeps every edit a client has seen when killed with SIGKILL', async () => {
    const dataDir = tempDir()
    const first = await spawnServer({ DATA_DIR: dataDir })
    const a = openProvider(first.url, BOARD)
    const b = openProvider(first.url, BOARD)
    await vi.waitFor(() => expect(a.provider.synced && b.provider.synced).toBe(true))
    for (let i = 0; i < 40; i++) a.text.insert(a.text.length, `edit ${i}; `)
    a.text.delete(0, 8)
    const written = a.text.toString()
    await vi.waitFor(() => expect(b.text.toString()).toBe(written), { timeout: 10_000 })
    const seenByB = b.text.toString()

    first.child.kill('SIGKILL')
    await first.exited
    a.provider.destroy()
    b.provider.destroy()

    const second = await spawnServer({ DATA_DIR: dataDir })
    const fresh = openProvider(second.url, BOARD)
    await vi.waitFor(() => expect(fresh.provider.synced).toBe(true), { timeout: 10_000 })
    expect(fresh.text.toString()).toBe(seenByB)
  })

  it('R12: stops cleanly on SIGTERM and keeps the board', async () => {
    const dataDir = tempDir()
    const first = await spawnServer({ DATA_DIR: dataDir })
    const a = openProvider(first.url, BOARD)
    a.text.insert(0, 'graceful')
    await vi.waitFor(() => expect(a.provider.synced).toBe(true))
    const other = openProvider(first.url, BOARD)
    await vi.waitFor(() => expect(other.text.toString()).toBe('graceful'))
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    expect(first.output()).toContain('"msg":"stopped"')
    a.provider.destroy()
    other.provider.destroy()

    const second = await spawnServer({ DATA_DIR: dataDir })
    const fresh = openProvider(second.url, BOARD)
    await vi.waitFor(() => expect(fresh.text.toString()).toBe('graceful'))
  })

  it('exits with a clear message when the configuration is invalid', async () => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: '0', MAX_ASSET_BYTES: 'lots' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect(code).toBe(1)
    expect(stderr).toContain('MAX_ASSET_BYTES must be a whole number')
  })
})
