import { execFileSync, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { onTestFinished } from 'vitest'
import { apiPaths } from '@common-ground/shared'

/**
 * The compiled server as a child process, as it runs in production: a crash is an exit
 * the test sees, not an exception inside the test runner, and `kill -9` is real.
 */

const REPO = fileURLToPath(new URL('../../../', import.meta.url))
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url))
const START_TIMEOUT_MS = 20_000

/** `npx tsc -b` at the repository root; call from `beforeAll` (it takes a while). */
export function buildServer(): void {
  execFileSync('npx', ['tsc', '-b'], { cwd: REPO, stdio: 'pipe' })
}

export interface ExitStatus {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface ServerProcess {
  readonly url: string
  readonly pid: number
  /** Resolves when the process has exited, for whatever reason. */
  readonly exited: Promise<ExitStatus>
  /** True until the process exits. */
  running(): boolean
  kill9(): Promise<ExitStatus>
  /** SIGTERM and wait for the exit (the server stores every room first). */
  stop(): Promise<ExitStatus>
  /** stdout and stderr so far (JSON log lines). */
  output(): string
}

export interface SpawnOptions {
  dataDir: string
  /** Extra environment: limits such as `MAX_BUFFERED_BYTES`. */
  env?: Record<string, string>
}

/**
 * Starts `node server/dist/main.js` on a free port and resolves once it logs
 * `"msg":"listening"`. The process is killed, if still running, when the test finishes.
 */
export async function spawnServer({ dataDir, env = {} }: SpawnOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  let status: ExitStatus | null = null
  const exited = new Promise<ExitStatus>((resolve) =>
    child.once('exit', (code, signal) => {
      status = { code, signal }
      resolve(status)
    }),
  )
  onTestFinished(async () => {
    if (status === null) {
      child.kill('SIGKILL')
      await exited
    }
  })
  createInterface({ input: child.stderr }).on('line', (line) => lines.push(line))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "listening" line within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    )
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line)
      if (!line.includes('"msg":"listening"')) return
      clearTimeout(timer)
      resolve((JSON.parse(line) as { url: string }).url)
    })
    void exited.then(({ code, signal }) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${lines.join('\n')}`))
    })
  })

  const signal = async (sig: NodeJS.Signals) => {
    if (status !== null) return status
    child.kill(sig)
    return exited
  }
  return {
    url,
    pid: child.pid!,
    exited,
    running: () => status === null,
    kill9: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    output: () => lines.join('\n'),
  }
}

/** GET /healthz; throws unless it answers 200 with `status: "ok"`. */
export async function health(url: string): Promise<{ status: string; connections?: number }> {
  const response = await fetch(new URL(apiPaths.health, url), {
    signal: AbortSignal.timeout(5000),
  })
  if (!response.ok) throw new Error(`healthz answered ${response.status}`)
  const body = (await response.json()) as { status: string; connections?: number }
  if (body.status !== 'ok') throw new Error(`healthz says ${JSON.stringify(body)}`)
  return body
}

/**
 * The value of one counter or gauge from GET /metrics (Prometheus text), summed over
 * the series whose labels include every `labels` pair; 0 when there is none.
 */
export async function metric(
  url: string,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const response = await fetch(new URL(apiPaths.metrics, url), {
    signal: AbortSignal.timeout(5000),
  })
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`)
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`)
  let sum = 0
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    if (wanted.every((pair) => (match[2] ?? '').includes(pair))) sum += Number(match[3])
  }
  return sum
}
