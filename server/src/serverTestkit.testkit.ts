import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { DEFAULT_LIMITS, wsServerUrl, type Limits } from '@common-ground/shared'
import { silentLogger } from './room/roomTestkit.testkit.js'
import { startServer, type RunningServer, type StartServerOptions } from './startServer.js'

/** A temporary directory, removed when the current test finishes. */
export function tempDir(prefix = 'cg-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export interface TestServer extends RunningServer {
  dataDir: string
}

/**
 * Starts a real server on 127.0.0.1, port 0, with SQLite in a temporary directory (or the
 * one given, to restart on the same data). It is closed when the current test finishes.
 */
export async function startTestServer(
  options: Omit<StartServerOptions, 'limits'> & { limits?: Partial<Limits> } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir()
  let clientDist = options.clientDist
  if (clientDist === undefined) {
    clientDist = join(dataDir, 'no-client')
    mkdirSync(clientDist, { recursive: true })
  }
  const server = await startServer({
    logger: silentLogger,
    ...options,
    port: 0,
    host: '127.0.0.1',
    dataDir,
    clientDist,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  })
  onTestFinished(() => server.close())
  return { ...server, dataDir }
}

/** The unmodified y-websocket client, as a browser tab would use it; destroyed after the test. */
export function openProvider(serverUrl: string, boardId: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(wsServerUrl(serverUrl), boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  onTestFinished(() => {
    provider.destroy()
    doc.destroy()
  })
  return { provider, doc, text: doc.getText('t') }
}
