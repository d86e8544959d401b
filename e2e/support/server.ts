import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

/**
 * The production server entry point; `npm run build` must have produced it.
 * `E2E_SERVER_MAIN` points the harness at another build.
 */
export const SERVER_MAIN =
  process.env.E2E_SERVER_MAIN ??
  fileURLToPath(new URL('../../server/dist/main.js', import.meta.url))

const START_TIMEOUT_MS = 20_000
const STOP_TIMEOUT_MS = 15_000

export interface ExitStatus {
  code: number | null
  signal: NodeJS.Signals | null
}

/**
 * One real server process over one data directory. The directory outlives restarts, so
 * `restart()` and `kill9()` followed by `start()` exercise what the server stored on disk.
 */
export interface TestServer {
  /** Origin of the running server, e.g. `http://127.0.0.1:43210`; stable across restarts. */
  readonly url: string
  readonly dataDir: string
  /** SIGTERM, then waits for the process to exit (the server stores everything first). */
  stop(): Promise<ExitStatus>
  /** SIGKILL: nothing gets a chance to be flushed. */
  kill9(): Promise<ExitStatus>
  /** Starts the server again on the same data directory and port. */
  start(): Promise<void>
  /** `stop()` then `start()`. */
  restart(): Promise<ExitStatus>
  /** Everything the server wrote to stdout and stderr, across restarts. */
  log(): string
  /** Kills the process if it still runs and deletes the data directory. */
  dispose(): Promise<void>
}

export interface StartServerOptions {
  /** Extra environment, e.g. limits (`ROOM_IDLE_UNLOAD_MS`). */
  env?: Record<string, string>
}

export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'common-ground-e2e-'))
  const logLines: string[] = []
  let child: ChildProcess | undefined
  let exited: Promise<ExitStatus> = Promise.resolve({ code: null, signal: null })
  let url: string | undefined
  // 0 on the first start; afterwards the port the server chose, so pages keep their origin
  // (and the localStorage that remembers the participant) across a restart.
  let port = 0

  async function start(): Promise<void> {
    if (child) throw new Error('the server is already running')
    const proc = spawn(process.execPath, [SERVER_MAIN], {
      env: {
        ...process.env,
        ...options.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = proc
    exited = new Promise((resolve) => {
      proc.once('exit', (code, signal) => {
        if (child === proc) child = undefined
        logLines.push(`[e2e] server exited: code=${code} signal=${signal}`)
        resolve({ code, signal })
      })
    })
    createInterface({ input: proc.stderr! }).on('line', (line) => logLines.push(line))
    const stdout = createInterface({ input: proc.stdout! })
    const listening = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "listening" line within ${START_TIMEOUT_MS} ms`)),
        START_TIMEOUT_MS,
      )
      stdout.on('line', (line) => {
        logLines.push(line)
        const listenUrl = listeningUrl(line)
        if (listenUrl !== undefined) {
          clearTimeout(timer)
          resolve(listenUrl)
        }
      })
      void exited.then(({ code, signal }) => {
        clearTimeout(timer)
        reject(new Error(`the server exited before listening (code=${code} signal=${signal})`))
      })
    })
    try {
      url = await listening
    } catch (error) {
      proc.kill('SIGKILL')
      await exited
      throw new Error(`${(error as Error).message}\n--- server log ---\n${logLines.join('\n')}`)
    }
    port = Number(new URL(url).port)
  }

  async function signal(sig: NodeJS.Signals): Promise<ExitStatus> {
    const proc = child
    if (!proc) throw new Error('the server is not running')
    proc.kill(sig)
    const timeout = new Promise<'timeout'>((resolve) => {
      setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref()
    })
    const status = await Promise.race([exited, timeout])
    if (status === 'timeout') {
      proc.kill('SIGKILL')
      await exited
      throw new Error(`the server did not exit within ${STOP_TIMEOUT_MS} ms of ${sig}`)
    }
    return status
  }

  try {
    await start()
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true })
    throw error
  }

  return {
    get url() {
      if (url === undefined) throw new Error('the server has not started')
      return url
    },
    dataDir,
    stop: () => signal('SIGTERM'),
    kill9: () => signal('SIGKILL'),
    start,
    async restart() {
      const status = await signal('SIGTERM')
      await start()
      return status
    },
    log: () => logLines.join('\n'),
    async dispose() {
      if (child) {
        child.kill('SIGKILL')
        await exited
      }
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** The `url` of the server's one `"msg":"listening"` JSON log line, if `line` is it. */
function listeningUrl(line: string): string | undefined {
  let entry: unknown
  try {
    entry = JSON.parse(line)
  } catch {
    return undefined
  }
  if (typeof entry !== 'object' || entry === null) return undefined
  const { msg, url } = entry as { msg?: unknown; url?: unknown }
  return msg === 'listening' && typeof url === 'string' ? url : undefined
}
