import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { WebSocket } from 'ws'
import { BEARER_PREFIX, wsServerUrl } from '@common-ground/shared'
import { BoardPage } from '../pages/BoardPage.js'
import { boardIdOf, createBoard, tokenOf } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/** Serious or critical axe violations in the session tab and the facilitator's controls. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="session-view"]')
    .include('[data-testid="facilitation-controls"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** With CG_SCREENSHOTS set, keeps a picture for the README in docs/. */
async function screenshot(page: Page, name: string) {
  if (process.env.CG_SCREENSHOTS) await page.screenshot({ path: `docs/${name}` })
}

async function showSession(who: BoardPage) {
  await who.views.open()
  const tab = who.views.tab('Session')
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
  return who.views.panel.getByTestId('session-view')
}

/** Adds an asset card inside the first frame through the editor, as the canvas does. */
async function addCardInFrame(who: BoardPage, title: string, x: number) {
  await who.page.evaluate(
    ([title, x]) => {
      const editor = window.__commonGround!.editor!
      const frame = editor.getCurrentPageShapes().find((shape) => shape.type === 'frame')!
      editor.createShape({
        type: 'cg-asset',
        parentId: frame.id,
        x,
        y: 460,
        props: { title, addedBy: '' },
      } as never)
    },
    [title, x] as const,
  )
}

test('a facilitator and two participants (one on a phone) vote and work in a private area: nothing leaks before reveal, everything shows after; voice balance counts by way of taking part', async ({
  page,
  server,
  newParticipantPage,
}) => {
  test.slow()
  const board = await createBoard(server.url, 'Session', 'asset-map')
  const fran = new BoardPage(page, server.url)
  await fran.open(board.links.facilitator, {
    name: 'Fran',
    color: 'Red',
    takesPartAs: 'Professional',
  })
  const alice = new BoardPage(await newParticipantPage(), server.url)
  await alice.open(board.links.participant, {
    name: 'Alice',
    color: 'Plum',
    takesPartAs: 'Person using services',
  })
  const phone = await newParticipantPage()
  await phone.setViewportSize({ width: 390, height: 844 })
  const bob = new BoardPage(phone, server.url)
  await bob.open(board.links.participant, {
    name: 'Bob',
    color: 'Blue',
    takesPartAs: 'Neighbour or community member',
  })

  // A raw y-websocket client that records every byte it receives.
  const received: Buffer[] = []
  const raw = new WebSocket(`${wsServerUrl(server.url)}/${boardIdOf(board.links.participant)}`, {
    headers: { Authorization: BEARER_PREFIX + tokenOf(board.links.participant) },
  })
  raw.on('message', (data: Buffer) => received.push(data))
  await new Promise((resolve) => raw.once('open', resolve))
  const rawText = () => Buffer.concat(received).toString('latin1')

  await addCardInFrame(alice, 'Bus pass help', 60)
  await addCardInFrame(alice, 'Sunday lunch club', 320)

  // The facilitator starts a vote over the area's cards, by keyboard.
  // Their controls are in the session bar's "Run the session"; they vote in the Session tab.
  const franSession = await showSession(fran)
  await fran.page.getByTestId('session-controls-button').click()
  const controls = fran.page.getByTestId('facilitation-controls')
  await controls.getByLabel('Dots per person').fill('2')
  await controls.getByTestId('start-vote').focus()
  await fran.page.keyboard.press('Enter')
  await expect(controls.getByTestId('facilitation-status')).toHaveText(/Vote started on 2 cards/)

  // Alice votes by keyboard; Bob taps on his phone.
  const aliceSession = await showSession(alice)
  const aliceVote = aliceSession.getByTestId('vote-panel')
  await aliceVote.getByRole('button', { name: 'Add a dot to Bus pass help' }).focus()
  await alice.page.keyboard.press('Enter')
  await expect(aliceVote.getByTestId('dots-left')).toHaveText('You have 1 dot left.')
  await alice.page.keyboard.press('Enter')
  await expect(aliceVote.getByTestId('dots-left')).toHaveText('You have 0 dots left.')
  const bobSession = await showSession(bob)
  await bobSession
    .getByTestId('vote-panel')
    .getByRole('button', { name: 'Add a dot to Sunday lunch club' })
    .click()
  await expect(bobSession.getByTestId('dots-left')).toHaveText('You have 1 dot left.')
  // The facilitator votes too, on the canvas.
  await fran.page
    .getByTestId('canvas-add-dot')
    .and(fran.page.getByRole('button', { name: 'Add a dot to Sunday lunch club' }))
    .click()
  await expect(franSession.getByTestId('dots-left')).toHaveText('You have 1 dot left.')

  // A private area: Alice hides a card; everyone sees only the count.
  await controls.getByTestId('private-on').click()
  await expect(aliceSession.getByTestId('private-frame')).toBeVisible()
  await aliceSession.getByTestId('hidden-title').fill('Lantern walk idea')
  await alice.page.keyboard.press('Enter')
  await expect(aliceSession.getByTestId('my-hidden')).toContainText('Lantern walk idea')
  await expect(bobSession.getByTestId('hidden-count')).toHaveText('1 card hidden')
  // A shape Bob makes on the canvas in the private area is put beside it, not refused.
  await bob.page.evaluate(() => {
    const editor = window.__commonGround!.editor!
    const frame = editor.getCurrentPageShapes().find((shape) => shape.type === 'frame')!
    editor.createShape({
      type: 'cg-asset',
      parentId: frame.id,
      x: 580,
      y: 560,
      props: { title: 'Public by mistake' },
    } as never)
  })
  await expect(bob.page.getByTestId('notice').first()).toContainText('This area is private')
  await expect
    .poll(() =>
      alice.page.evaluate(() => {
        const shape = window
          .__commonGround!.editor!.getCurrentPageShapes()
          .find((s) => (s.props as { title?: string }).title === 'Public by mistake')
        return (shape as { parentId?: string } | undefined)?.parentId ?? null
      }),
    )
    .toMatch(/^page:/)
  await expect(bob.connectionStatus).toHaveAttribute('data-state', 'live')

  // Before reveal: no dots, counts or hidden text anywhere but with their author.
  await expect(franSession.getByTestId('vote-results')).toHaveCount(0)
  await expect(franSession).not.toContainText('Lantern walk idea')
  await expect(bobSession).not.toContainText('Lantern walk idea')
  const before = rawText()
  expect(before).toContain('cg-private')
  expect(before).not.toContain('Lantern walk idea')
  expect(before).not.toContain('"dots"')
  expect(before).not.toContain('"left"')

  expect(await seriousViolations(fran.page)).toEqual([])
  expect(await seriousViolations(bob.page)).toEqual([])
  await screenshot(bob.page, 'session-phone-before-reveal.png')

  // Reveal both.
  await controls.getByTestId('reveal-vote').click()
  await controls.getByTestId('private-reveal').click()
  const results = bobSession.getByTestId('vote-results')
  await expect(results).toBeVisible()
  await expect(results.getByRole('row').nth(1)).toContainText('Bus pass help')
  await expect(results.getByRole('row').nth(1)).toContainText('2')
  await expect(results.getByRole('row').nth(2)).toContainText('Sunday lunch club')
  await expect(results.getByRole('row').nth(2).getByTestId('vote-result-dots')).toHaveText('2')
  await expect(fran.page.getByTestId('dot-badge').first()).toBeVisible()
  await expect
    .poll(async () => (await bob.shapes()).some((s) => s.props.title === 'Lantern walk idea'))
    .toBe(true)
  await expect.poll(rawText).toContain('Lantern walk idea')

  // Voice balance, by way of taking part: Alice's three cards count for her group.
  await controls.getByTestId('balance-toggle').click()
  const balance = controls.getByTestId('voice-balance')
  const users = balance.getByTestId('balance-service-user')
  await expect(users.getByTestId('balance-cards')).toHaveText(/^3/)
  await expect(users.getByTestId('balance-dots')).toHaveText(/^2/)
  await expect(balance.getByTestId('balance-community').getByTestId('balance-dots')).toHaveText(
    /^1/,
  )
  await expect(balance.getByTestId('balance-professional').getByTestId('balance-dots')).toHaveText(
    /^1/,
  )
  await expect(balance).not.toContainText('Alice')
  await controls.getByTestId('balance-share').click()
  await expect(bobSession.getByTestId('voice-balance')).toBeVisible()
  await screenshot(fran.page, 'facilitator-controls.png')
  await screenshot(bob.page, 'session-phone-after-reveal.png')
  expect(await seriousViolations(fran.page)).toEqual([])
  expect(await seriousViolations(bob.page)).toEqual([])
  raw.close()
})
