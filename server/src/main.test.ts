import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'
import {
  apiPaths,
  BEARER_PREFIX,
  tokenFromHash,
  Y_RECORDS,
  type BoardId,
  type BoardInfo,
} from '@common-ground/shared'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import { createBoard, openProvider, pageRecord, tempDir } from './serverTestkit.testkit.js'
import { SQLITE_FILE } from './startServer.js'
import { SqliteBoardStore } from './storage/SqliteBoardStore.js'

/**
 * The compiled server as a separate process, the way it runs in production: what a client
 * has seen relayed must survive `kill -9` (PROTOCOL.md R3).
 */

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const ADOPT = fileURLToPath(new URL('../dist/cli/adoptBoard.js', import.meta.url))

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
    const { id: BOARD, tokens } = await createBoard(first.url)
    const token = tokens.participant
    const a = openProvider(first.url, BOARD, { token })
    const b = openProvider(first.url, BOARD, { token })
    await vi.waitFor(() => expect(a.provider.synced && b.provider.synced).toBe(true))
    for (let i = 0; i < 40; i++) a.write(`edit-${i}`)
    a.erase('edit-0')
    const written = a.content()
    await vi.waitFor(() => expect(b.content()).toBe(written), { timeout: 10_000 })
    const seenByB = b.content()

    first.child.kill('SIGKILL')
    await first.exited
    a.provider.destroy()
    b.provider.destroy()

    const second = await spawnServer({ DATA_DIR: dataDir })
    const fresh = openProvider(second.url, BOARD, { token })
    await vi.waitFor(() => expect(fresh.provider.synced).toBe(true), { timeout: 10_000 })
    expect(fresh.content()).toBe(seenByB)
  })

  it('R12: stops cleanly on SIGTERM and keeps the board', async () => {
    const dataDir = tempDir()
    const first = await spawnServer({ DATA_DIR: dataDir })
    const { id: BOARD, tokens } = await createBoard(first.url)
    const token = tokens.facilitator
    const a = openProvider(first.url, BOARD, { token })
    a.write('graceful')
    await vi.waitFor(() => expect(a.provider.synced).toBe(true))
    const other = openProvider(first.url, BOARD, { token })
    await vi.waitFor(() => expect(other.content()).toBe('graceful'))
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    expect(first.output()).toContain('"msg":"stopped"')
    a.provider.destroy()
    other.provider.destroy()

    const second = await spawnServer({ DATA_DIR: dataDir })
    const fresh = openProvider(second.url, BOARD, { token })
    await vi.waitFor(() => expect(fresh.content()).toBe('graceful'))
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

  it('adoptBoard gives a board from before links a record and prints working links', async () => {
    const dataDir = tempDir()
    const legacy = 'made-before-links' as BoardId
    // A board as the previous version stored it: updates, no record.
    const store = new SqliteBoardStore(join(dataDir, SQLITE_FILE))
    const doc = new Y.Doc()
    new YKeyValue<unknown>(doc.getArray(Y_RECORDS)).set('page:old-work', pageRecord('old-work'))
    await store.log.append(legacy, Y.encodeStateAsUpdate(doc))
    await store.close()

    const output = execFileSync(
      process.execPath,
      [ADOPT, legacy, 'Old board', 'https://cg.example'],
      {
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: 'utf8',
      },
    )
    const links = [...output.matchAll(/^(facilitator|participant|observer) +(\S+)$/gm)]
    expect(links.map((match) => match[1])).toEqual(['facilitator', 'participant', 'observer'])
    for (const [, , link] of links)
      expect(link).toMatch(/^https:\/\/cg\.example\/b\/made-before-links#t=/)
    const participant = tokenFromHash(new URL(links[1]![2]!).hash)!

    const server = await spawnServer({ DATA_DIR: dataDir })
    const info = await fetch(server.url + apiPaths.board(legacy), {
      headers: { Authorization: BEARER_PREFIX + participant },
    })
    expect(await info.json()).toEqual({
      id: legacy,
      title: 'Old board',
      role: 'participant',
      archived: false,
      personId: expect.stringMatching(/^t/) as unknown as string,
    } satisfies BoardInfo)
    const reader = openProvider(server.url, legacy, { token: participant })
    await vi.waitFor(() => expect(reader.content()).toBe('old-work'))

    // A second run does not replace the links it printed.
    const again = spawnSync(process.execPath, [ADOPT, legacy, 'Other title'], {
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    })
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/already has links/)
  })
})
