import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

interface Camera {
  x: number
  y: number
  z: number
}

test('a phone joins without scrolling, sees the top bar on one row, and pans with one finger', async ({
  page,
  server,
}) => {
  test.slow()
  const board = await createBoard(
    server.url,
    'Lunch club planning with the neighbours',
    'full-workshop',
  )
  const phone = new BoardPage(page, server.url)
  await phone.goto(board.links.participant)
  await expect(phone.joinButton).toBeVisible({ timeout: 30_000 })
  await expect(phone.joinButton).toBeInViewport()
  await expect(phone.nameInput).toBeInViewport()
  await phone.join({ name: 'Sam' })
  await phone.waitLive()

  const bar = await page.locator('.top-bar').boundingBox()
  expect(bar!.height).toBeLessThan(64)
  for (const control of [phone.shareButton.or(phone.peopleToggle), phone.userButton]) {
    await expect(control.first()).toBeInViewport({ ratio: 1 })
  }

  // With no tool chosen, one finger pans: the hand tool is selected on touch screens.
  await expect(page.getByTestId('tools.hand')).toHaveAttribute('aria-pressed', 'true')
  const camera = () =>
    page.evaluate(() =>
      (
        window as unknown as { __commonGround: { editor: { getCamera(): Camera } } }
      ).__commonGround.editor.getCamera(),
    )
  const before = await camera()
  const cdp = await page.context().newCDPSession(page)
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
    })
  await touch('touchStart', 200, 500)
  for (let step = 1; step <= 10; step++) await touch('touchMove', 200 - step * 12, 500 - step * 15)
  await touch('touchEnd', 80, 350)
  await expect.poll(async () => (await camera()).y).not.toBe(before.y)
  const after = await camera()
  expect(after.z).toBe(before.z)
  expect(after.y - before.y).toBeLessThan(0)
})
