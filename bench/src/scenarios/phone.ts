import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type CDPSession } from '@playwright/test'
import { apiPaths } from '@common-ground/shared'
import { REPO, type ServerProcess } from '../servers'
import { median } from '../stats'
import { CHROMIUM } from './browser'

/**
 * A phone on a slow link joins a workshop board: Chromium at 390 × 844 (touch, 3×),
 * throttled through the DevTools protocol to 400 kbit/s each way with a 400 ms round
 * trip, a cold cache each run. The person opens the participant link, types their name
 * (at a few keys a second, while the board's code may already be arriving) and presses
 * Join. Measured per run:
 * - form: navigation start to the name field visible and enabled;
 * - board: pressing Join to the canvas shown with the board's shapes and the status Live;
 * - bytes: everything received (HTTP bodies and headers as sent, WebSocket frames) until
 *   the board was usable.
 */

export const PHONE_BUDGETS = { formMs: 5000, boardMs: 15000, bytes: 1.2 * 1024 * 1024 }
const THROTTLE = { latency: 400, bytesPerSecond: 400_000 / 8 }
const NAME = 'Sam Okafor'
const KEY_DELAY_MS = 150

export interface PhoneRun {
  formMs: number
  boardMs: number
  bytes: number
  requests: number
}

export interface PhoneResult {
  runs: PhoneRun[]
  median: { formMs: number; boardMs: number; bytes: number }
}

/** Bytes a page received, from the DevTools network events. */
function countBytes(cdp: CDPSession) {
  let bytes = 0
  let requests = 0
  // BENCH_PHONE_TRACE=1 prints each response as it finishes: where the seconds went.
  const trace = process.env.BENCH_PHONE_TRACE === '1'
  const urls = new Map<string, string>()
  const started = performance.now()
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) => {
    urls.set(event.requestId, event.request.url)
  })
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    bytes += event.encodedDataLength
    requests++
    if (trace) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const url = (urls.get(event.requestId) ?? '?').replace(/^https?:\/\/[^/]+/, '')
      console.log(
        `  ${seconds} s  ${(event.encodedDataLength / 1024).toFixed(0)} KiB  ${url.slice(0, 90)}`,
      )
    }
  })
  cdp.on(
    'Network.webSocketFrameReceived',
    (event: { response: { payloadData: string; opcode: number } }) => {
      const { payloadData, opcode } = event.response
      // Binary frames arrive base64-encoded.
      bytes += opcode === 2 ? Math.floor((payloadData.length * 3) / 4) : payloadData.length
    },
  )
  return () => ({ bytes, requests })
}

export async function runPhone(server: ServerProcess, runs: number): Promise<PhoneResult> {
  if (!existsSync(join(REPO, 'client/dist/index.html'))) {
    throw new Error('client/dist is missing: run `npm run build` first')
  }
  const response = await fetch(server.url + apiPaths.boards, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Phone bench', template: 'full-workshop' }),
  })
  const board = (await response.json()) as { links: { participant: string } }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  const results: PhoneRun[] = []
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: THROTTLE.latency,
        downloadThroughput: THROTTLE.bytesPerSecond,
        uploadThroughput: THROTTLE.bytesPerSecond,
      })
      const received = countBytes(cdp)
      const start = performance.now()
      await page.goto(board.links.participant, { waitUntil: 'commit', timeout: 60_000 })
      const name = page.getByLabel('Your name')
      await name.waitFor({ state: 'visible', timeout: 60_000 })
      await page.waitForFunction(
        () => !(document.querySelector('input[name="name"]') as HTMLInputElement | null)?.disabled,
      )
      const formMs = performance.now() - start
      await name.pressSequentially(NAME, { delay: KEY_DELAY_MS })
      const joinedAt = performance.now()
      await page.getByRole('button', { name: 'Join board' }).click()
      await page.waitForFunction(
        () => {
          const editor = (
            window as unknown as {
              __commonGround?: { editor?: { getCurrentPageShapeIds(): Set<unknown> } }
            }
          ).__commonGround?.editor
          const status = document.querySelector('[data-testid="connection-status"]')
          return (
            editor !== undefined &&
            editor.getCurrentPageShapeIds().size > 0 &&
            status?.textContent?.includes('Live') === true &&
            document.querySelector('.tl-canvas') !== null
          )
        },
        null,
        { timeout: 120_000, polling: 100 },
      )
      const boardMs = performance.now() - joinedAt
      const { bytes, requests } = received()
      results.push({ formMs, boardMs, bytes, requests })
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return {
    runs: results,
    median: {
      formMs: median(results.map((r) => r.formMs)),
      boardMs: median(results.map((r) => r.boardMs)),
      bytes: median(results.map((r) => r.bytes)),
    },
  }
}
