import { create } from 'qrcode'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'
import { startServer } from '../support/server.js'

/** Issue 15: joining without a scannable link, the facilitator's own link, public addresses. */

/** The dark modules of `text`'s QR code (error correction M) as `row,col` pairs. */
function qrModules(text: string): string[] {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const dark: string[] = []
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col) === 1) dark.push(`${row},${col}`)
    }
  }
  return dark
}

/** The same pairs read back from the page's drawing: one `M<col> <row>h<run>` per run. */
function drawnModules(path: string): string[] {
  const dark: string[] = []
  for (const [, col, row, run] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let i = 0; i < Number(run); i++) dark.push(`${row},${Number(col) + i}`)
  }
  return dark
}

test('A21: a person types the join code from Share on the home page and joins the board', async ({
  server,
  newParticipantPage,
}) => {
  test.slow()
  const board = await createBoard(server.url, 'Lunch club')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  const share = await ada.openShareDialog()
  await share.waitForLinks()
  const code = (await share.dialog.getByTestId('join-code').textContent()) ?? ''
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)

  const sam = await newParticipantPage()
  await sam.goto(server.url)
  const field = sam.getByLabel('Have a board link or code?')
  await field.fill(code.toLowerCase().replace('-', ' '))
  await field.press('Enter')
  const samBoard = new BoardPage(sam, server.url)
  await samBoard.joinIfAsked({ name: 'Sam' })
  await samBoard.waitLive()
  await expect(samBoard.shareButton).toHaveCount(0)
  await expect(sam.getByTestId('board-title')).toHaveText('Lunch club')

  // A code nobody has is refused with words a person can act on.
  await sam.goto(server.url)
  await sam.getByLabel('Have a board link or code?').fill('ZZZZ-ZZZZ')
  await sam.getByRole('button', { name: 'Open board' }).click()
  await expect(sam.getByRole('alert')).toContainText('No board has that code')
})

test('the facilitator link from Share opens the board as facilitator in a second browser', async ({
  server,
  newParticipantPage,
}) => {
  test.slow()
  const board = await createBoard(server.url, 'Prepared at the office')
  const office = new BoardPage(await newParticipantPage(), server.url)
  await office.open(board.links.facilitator, { name: 'Ada' })
  const share = await office.openShareDialog()
  await share.waitForLinks()
  const key = share.dialog.getByTestId('facilitator-key')
  await expect(key).toContainText('the key to this board')
  await key.getByRole('button', { name: 'Show my facilitator link' }).click()
  const link = (await key.getByTestId('facilitator-link').textContent()) ?? ''
  expect(link).toBe(board.links.facilitator)
  const download = office.page.waitForEvent('download')
  await key.getByRole('button', { name: 'Download it as a file' }).click()
  expect((await download).suggestedFilename()).toBe(`common-ground-facilitator-${board.id}.txt`)

  // At the workshop, on another computer: the link makes them facilitator again.
  const venue = new BoardPage(await newParticipantPage(), server.url)
  await venue.open(link, { name: 'Ada' })
  await expect(venue.shareButton).toBeVisible()
  const again = await venue.openShareDialog()
  await again.waitForLinks()
  await expect(again.participantLink).toHaveText(board.links.participant)
})

test('A25: with PUBLIC_URL, Share’s links and QR code use it; without, a localhost page is warned', async ({
  server,
  newParticipantPage,
}) => {
  test.slow()
  const publicServer = await startServer({
    env: { PUBLIC_URL: 'https://board.example.org', BOARD_CREATIONS_PER_MINUTE: '10000' },
  })
  try {
    const board = await createBoard(publicServer.url, 'Public')
    expect(board.links.participant).toMatch(/^https:\/\/board\.example\.org\/b\//)
    const ada = new BoardPage(await newParticipantPage(), publicServer.url)
    // The link points at the public address; open the same path on this test server.
    await ada.open(
      new URL(board.links.facilitator).pathname + new URL(board.links.facilitator).hash,
      {
        name: 'Ada',
      },
    )
    const share = await ada.openShareDialog()
    await share.waitForLinks()
    const participant = (await share.participantLink.textContent()) ?? ''
    expect(participant.startsWith('https://board.example.org/b/')).toBe(true)
    expect(drawnModules(await share.qrDrawing())).toEqual(qrModules(participant))
    await expect(share.dialog.getByTestId('address-warning')).toHaveCount(0)
  } finally {
    await publicServer.dispose()
  }

  // The shared test server has no PUBLIC_URL; a page opened as localhost is told plainly.
  const local = await createBoard(server.url, 'Local')
  const page = await newParticipantPage()
  const ada = new BoardPage(page, server.url.replace('127.0.0.1', 'localhost'))
  await ada.open(local.links.facilitator.replace('127.0.0.1', 'localhost'), { name: 'Ada' })
  const share = await ada.openShareDialog()
  await share.waitForLinks()
  const warning = share.dialog.getByTestId('address-warning')
  await expect(warning).toContainText('works only on this computer')
  await expect(warning).toContainText('PUBLIC_URL')
})
