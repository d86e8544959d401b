import { apiPaths, BEARER_PREFIX } from '@common-ground/shared'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard, tokenOf } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'
import { startHttpsFront, type HttpsFront } from '../support/httpsFront.js'

/**
 * tldraw 5.4 (LicenseManager.getIsDevelopment) treats a page as development, and never
 * hides its canvas, on http:, on https: at localhost or a 127.x address, and in a
 * non-production build. Our build is production, so the canvas goes 5 s after mounting
 * (LicenseProvider's LICENSE_TIMEOUT) only on https at a public host name without a key:
 * here `board.example`, mapped to 127.0.0.1 inside Chromium, behind a TLS front with a
 * certificate made for this run. The e2e server is started without TLDRAW_LICENSE_KEY.
 */
const HOST = 'board.example'

test.use({
  ignoreHTTPSErrors: true,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
    ],
  },
})

let front: HttpsFront | undefined
test.afterEach(async () => {
  await front?.close()
  front = undefined
})

/** A link's path and fragment, to open on another origin. */
const pathOf = (link: string) => {
  const url = new URL(link)
  return `${url.pathname}${url.search}${url.hash}`
}

test('without a licence key on a public https address, the page says why the canvas went and the views still work', async ({
  page,
  server,
}) => {
  test.slow()
  front = await startHttpsFront(HOST, new URL(server.url))
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  const board = await createBoard(server.url, 'Licence check', 'full-workshop')
  const ada = new BoardPage(page, front.origin)
  await ada.goto(pathOf(board.links.facilitator))
  expect(new URL(page.url()).origin).toBe(front.origin)
  await ada.join({ name: 'Ada' })
  await expect(ada.connectionStatus).toHaveAttribute('data-state', 'live')

  // tldraw swaps its canvas for an empty gate after 5 s; we say why, in its place.
  const notice = page.getByTestId('licence-notice')
  await expect(notice).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('[data-testid="tl-license-expired"]')).toHaveCount(1)
  await expect(ada.canvas).toHaveCount(0)
  await expect(
    notice.getByRole('heading', { name: 'The drawing canvas is switched off on this address' }),
  ).toBeVisible()
  await expect(notice).toContainText('TLDRAW_LICENSE_KEY')
  await expect(ada.connectionStatus).toHaveAttribute('data-state', 'live')

  // The structured views opened by themselves and work without the canvas.
  await expect(ada.views.panel).toBeVisible()
  await ada.views.addAsset({ title: 'Community kitchen', kind: 'Place', heldBy: 'Parish' })
  await expect(ada.views.assetsTable.getByRole('row', { name: /Community kitchen/ })).toBeVisible()
  await ada.views.addPerson({ name: 'Grace', takesPartAs: 'Person using services' })
  await expect(ada.views.peopleTable.getByRole('row', { name: /Grace/ })).toBeVisible()

  // What was added through the views reached the server's copy of the board.
  const check = await fetch(new URL(apiPaths.boardExport(board.id, 'assets.csv'), server.url), {
    headers: { Authorization: `${BEARER_PREFIX}${tokenOf(board.links.facilitator)}` },
  })
  expect(check.status).toBe(200)
  expect(await check.text()).toContain('Community kitchen')
  // tldraw's own licence ping to its CDN is refused by our CSP; nothing else may fail.
  expect(pageErrors.filter((message) => message !== 'Failed to fetch')).toEqual([])
})
