import { AxeBuilder } from '@axe-core/playwright'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

test('on a phone, the People table scrolls by keyboard in a named region, and axe finds no serious violations', async ({
  page,
  server,
}) => {
  test.slow()
  const board = await createBoard(server.url, 'Phone tables', 'full-workshop')
  const phone = new BoardPage(page, server.url)
  await phone.open(board.links.facilitator, { name: 'Sam' })
  // A facilitator's top bar has the most buttons; all are on the phone's screen, the last
  // one too (they wrap onto a second row).
  for (const control of [
    phone.views.toggle,
    phone.peopleToggle,
    page.getByTestId('history-button'),
    page.getByTestId('rename-button'),
    phone.shareButton,
  ]) {
    await expect(control).toBeInViewport({ ratio: 1 })
  }
  await expect(phone.userButton).toBeInViewport({ ratio: 1 })
  await phone.views.addPerson({
    name: 'Gwenllian Ap Rhys-Williams',
    takesPartAs: 'Person using services',
    organisation: 'Neighbourhood lunch club committee',
  })
  await expect(phone.views.peopleTable.getByRole('row', { name: /Gwenllian/ })).toBeVisible()

  // The table is wider than the phone: its scroll box is a named stop in the tab order.
  const scroller = phone.views.panel.getByRole('region', { name: /^People on the map/ })
  await expect(scroller).toHaveAttribute('tabindex', '0')
  const widths = await scroller.evaluate((box) => ({
    scroll: box.scrollWidth,
    client: box.clientWidth,
  }))
  expect(widths.scroll).toBeGreaterThan(widths.client)
  await scroller.focus()
  await expect(scroller).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => scroller.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0)

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.tl-container')
    .analyze()
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))
  expect(serious).toEqual([])
})
