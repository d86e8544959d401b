import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { linkPath, type BoardId } from '@common-ground/shared'
import { REPO, type Room, type ServerProcess } from '../servers'
import { median } from '../stats'

/** The slice of `window.__commonGround.editor` the bench reads. */
interface ShapeCounter {
  getCurrentPageShapeIds(): Set<unknown>
}

export const CHROMIUM = '/usr/bin/chromium'

export interface BrowserResult {
  shapes: number
  /**
   * Navigation start to `window.__commonGround.editor` holding every shape, with a shape
   * on screen drawn (its SVG in the page).
   */
  msToInteractive: number[]
  medianMs: number
}

/**
 * Headless Chromium opens the board's participant link. The first visit fills in the join
 * form (and warms the HTTP cache); each measured visit is a new tab in the same profile,
 * timed from navigation until the editor exists, holds every shape and has drawn some.
 */
export async function measureBrowser(
  server: ServerProcess,
  room: Room,
  shapes: number,
  reps: number,
): Promise<BrowserResult> {
  if (!existsSync(join(REPO, 'client/dist/index.html'))) {
    throw new Error('client/dist is missing: run `npm run build` first')
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const link = server.url + linkPath(room.name as BoardId, room.token ?? '')
    const first = await context.newPage()
    await first.goto(link)
    await first.getByLabel('Your name').fill('Bench')
    await first.getByRole('button', { name: 'Join board' }).click()
    await first.waitForFunction(
      () =>
        (window as unknown as { __commonGround?: { editor?: ShapeCounter } }).__commonGround
          ?.editor !== undefined,
      null,
      { timeout: 60_000 },
    )
    await first.close()
    const times: number[] = []
    for (let i = 0; i < reps; i++) {
      const page = await context.newPage()
      const start = performance.now()
      await page.goto(link)
      await page.waitForFunction(
        (count) => {
          const handle = (window as unknown as { __commonGround?: { editor?: ShapeCounter } })
            .__commonGround
          const editor = handle?.editor
          // Drawn: a shape on screen (tldraw hides culled ones with display: none) whose
          // content, the rectangle's SVG, is in the page. No named functions in here:
          // tsx would wrap them in a helper the page does not have.
          return (
            editor !== undefined &&
            editor.getCurrentPageShapeIds().size >= count &&
            [...document.querySelectorAll<HTMLElement>('.tl-shape[data-shape-type="geo"]')].some(
              (shape) => shape.style.display !== 'none' && shape.querySelector('svg') !== null,
            )
          )
        },
        shapes,
        { timeout: 60_000, polling: 'raf' },
      )
      times.push(performance.now() - start)
      await page.close()
    }
    return { shapes, msToInteractive: times, medianMs: median(times) }
  } finally {
    await browser.close()
  }
}
