import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apiPaths, tokenFromHash, wsServerUrl } from '@common-ground/shared'
import { sleep } from './stats'

export type ServerKind = 'ours' | 'hocuspocus' | 'y-websocket'
const ALL_KINDS: readonly ServerKind[] = ['ours', 'hocuspocus', 'y-websocket']
/** BENCH_SERVERS=ours (say) narrows a run to some servers, for profiling; budgets need all. */
export const SERVER_KINDS: readonly ServerKind[] = ALL_KINDS.filter(
  (kind) => !process.env.BENCH_SERVERS || process.env.BENCH_SERVERS.split(',').includes(kind),
)

export const REPO = fileURLToPath(new URL('../../', import.meta.url))
const OURS_MAIN = join(REPO, 'server/dist/main.js')

/** A room to join: its name on the wire and, for our server, a bearer token. */
export interface Room {
  name: string
  token?: string
}

/** What a client needs to reach a server, in this process or another. */
export interface ServerAddress {
  kind: ServerKind
  /** Where its clients connect: the provider's server URL. */
  wsUrl: string
}

export interface ServerProcess extends ServerAddress {
  pid: number
  port: number
  /** `http://127.0.0.1:<port>` */
  url: string
  newRoom(title: string): Promise<Room>
  /** User plus system CPU time of the process so far, in seconds (/proc/<pid>/stat). */
  cpuSeconds(): number
  /** Resident set size now and at its peak (VmRSS, VmHWM), bytes. */
  memory(): { rss: number; peak: number }
  stop(): Promise<void>
}

/**
 * Limits raised so the bench measures speed, not our rate limits. Everything else is the
 * default a deployment gets.
 */
export const BENCH_LIMITS_ENV: Record<string, string> = {
  BOARD_CREATIONS_PER_MINUTE: '100000',
  MAX_CONNECTIONS_PER_BOARD: '1000',
  MAX_MESSAGES_PER_SECOND: '10000',
  MAX_AWARENESS_PER_SECOND: '10000',
  MAX_LOADED_BOARDS: '100000',
  MAX_MESSAGE_BYTES: String(32 * 1024 * 1024),
  MAX_BUFFERED_BYTES: String(64 * 1024 * 1024),
}

export function checkBuilt(): void {
  if (!existsSync(OURS_MAIN)) {
    throw new Error('server/dist/main.js is missing: run `npm run build` before `npm run bench`.')
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

const TICKS_PER_SECOND = 100 // CLK_TCK on Linux

function readCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ".
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
  } catch {
    return Number.NaN
  }
}

function readMemory(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024
    return { rss: kb('VmRSS'), peak: kb('VmHWM') }
  } catch {
    return { rss: Number.NaN, peak: Number.NaN }
  }
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) })
      return
    } catch {
      await sleep(50)
    }
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`)
}

export interface StartOptions {
  /** Extra environment for our server (e.g. ROOM_IDLE_UNLOAD_MS). */
  env?: Record<string, string>
  /** Keep our data directory (and return it) instead of a fresh temporary one. */
  dataDir?: string
}

/** Starts one server in its own child process, on a free loopback port. */
export async function startServer(
  kind: ServerKind,
  options: StartOptions = {},
): Promise<ServerProcess> {
  const port = await freePort()
  const ownDataDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cg-bench-'))
  const script =
    kind === 'ours'
      ? OURS_MAIN
      : join(REPO, 'bench/servers', kind === 'hocuspocus' ? 'hocuspocus.mjs' : 'yWebsocket.mjs')
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
  }
  if (kind === 'ours') {
    Object.assign(env, BENCH_LIMITS_ENV, { DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, options.env)
  }
  // BENCH_PROFILE=<dir>: each server process writes a V8 CPU profile there when it stops.
  const profileDir = process.env.BENCH_PROFILE
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })
  child.stdout?.resume()
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(url, child)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${kind} did not start: ${(error as Error).message}\n${stderr}`)
  }
  const pid = child.pid ?? 0
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  return {
    kind,
    pid,
    port,
    url,
    wsUrl: kind === 'ours' ? wsServerUrl(url) : `ws://127.0.0.1:${port}`,
    async newRoom(title) {
      if (kind !== 'ours')
        return { name: `${title.replace(/\W+/g, '-')}-${Math.random().toString(36).slice(2, 10)}` }
      const response = await fetch(url + apiPaths.boards, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title }),
      })
      if (response.status !== 201) {
        throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`)
      }
      const board = (await response.json()) as { id: string; links: Record<string, string> }
      const link = board.links.participant ?? ''
      const token = tokenFromHash(new URL(link).hash)
      if (token === null) throw new Error(`the participant link carries no token: ${link}`)
      return { name: board.id, token }
    },
    cpuSeconds: () => readCpuSeconds(pid),
    memory: () => readMemory(pid),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        await exited
        clearTimeout(timer)
      }
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
