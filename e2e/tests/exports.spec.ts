import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard, tokenOf } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

const TITLE = 'Gŵyl Llŷn – asset map'
const FIXTURE = fileURLToPath(
  new URL('../../client/src/exports/fixtures/tldraw-2.4.6.tldr', import.meta.url),
)

/** Waits until the server has stored the card, so the next export holds it. */
async function storedOnServer(page: Page, boardId: string, token: string, text: string) {
  await expect
    .poll(async () =>
      page.evaluate(
        async ([id, bearer]) =>
          (
            await fetch(`/api/boards/${id}/export/assets.csv`, {
              headers: { Authorization: `Bearer ${bearer}` },
            })
          ).text(),
        [boardId, token] as const,
      ),
    )
    .toContain(text)
}

test('the session record downloads as an A4 PDF whose text and pages are right', async ({
  server,
  newParticipantPage,
}, testInfo) => {
  const board = await createBoard(server.url, TITLE, 'asset-map')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await ada.views.addAsset({ title: 'Peer mentors', kind: 'Lived experience', heldBy: 'Grace' })
  await storedOnServer(ada.page, board.id, tokenOf(board.links.facilitator), 'Peer mentors')

  await ada.views.show('Export')
  const status = ada.page.getByTestId('export-record-status')
  const downloading = ada.page.waitForEvent('download')
  await ada.views.panel.getByRole('button', { name: 'Download session record (PDF)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`${TITLE} – Session record.pdf`)
  await expect(status).toHaveText('Session record downloaded.')
  const file = testInfo.outputPath('record.pdf')
  await download.saveAs(file)

  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  for (const words of [TITLE, 'Session record', 'Our assets', 'Asset register', 'Peer mentors']) {
    expect(text).toContain(words)
  }
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  expect(pages).toBeGreaterThanOrEqual(4)
  // Every page renders; the frame's page is kept for a person to look at.
  execFileSync('pdftoppm', ['-r', '40', '-png', file, testInfo.outputPath('page')])
  execFileSync('pdftoppm', [
    '-r',
    '70',
    '-png',
    '-f',
    '3',
    '-l',
    '3',
    file,
    testInfo.outputPath('frame'),
  ])
  await testInfo.attach('frame page', {
    path: testInfo.outputPath('frame-3.png'),
    contentType: 'image/png',
  })

  const { violations } = await new AxeBuilder({ page: ada.page })
    .include('[data-testid="export-view"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
})

test('pictures of a frame and of the whole board are named after the board and the frame', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url, TITLE, 'asset-map')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await ada.views.show('Export')
  const area = ada.views.panel.getByLabel('Picture of')
  await area.selectOption({ label: 'Our assets' })

  const png = ada.page.waitForEvent('download')
  await ada.views.panel.getByRole('button', { name: 'Download PNG' }).click()
  const pngFile = await png
  expect(pngFile.suggestedFilename()).toBe(`${TITLE} – Our assets.png`)
  const bytes = readFileSync(await pngFile.path())
  expect(bytes.subarray(1, 4).toString()).toBe('PNG')
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  expect(Math.max(width, height)).toBeGreaterThan(800)
  expect(Math.max(width, height)).toBeLessThanOrEqual(3200)
  await expect(ada.page.getByTestId('export-picture-status')).toHaveText(
    `Picture downloaded: ${TITLE} – Our assets.png`,
  )

  await area.selectOption({ label: 'The whole board' })
  const svg = ada.page.waitForEvent('download')
  // By keyboard: focus the button and press Enter.
  await ada.views.panel.getByRole('button', { name: 'Download SVG' }).focus()
  await ada.page.keyboard.press('Enter')
  const svgFile = await svg
  expect(svgFile.suggestedFilename()).toBe(`${TITLE}.svg`)
  expect(readFileSync(await svgFile.path(), 'utf8')).toMatch(/^<svg/)
})

test('a .tldr file written by tldraw 2.4 imports onto the board, which both browsers see; a bad file changes nothing', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url, 'Import', undefined)
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await grace.open(board.links.participant, { name: 'Grace', color: 'Plum' })
  await ada.views.show('Export')

  const input = ada.page.getByTestId('import-tldr')
  await input.setInputFiles({
    name: 'notes.tldr',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  })
  await expect(ada.page.getByTestId('import-tldr-status')).toHaveText(
    'This is not a tldraw file. Nothing was changed.',
  )
  expect(await ada.shapes()).toHaveLength(0)

  await input.setInputFiles(FIXTURE)
  await expect(ada.page.getByTestId('import-tldr-status')).toHaveText(
    'Imported 2 shapes from tldraw-2.4.6.tldr. They are selected.',
  )
  for (const page of [ada, grace]) {
    await expect(page.shapesOfType('geo')).toHaveCount(2)
    await expect(page.shapesOfType('note')).toHaveCount(1)
    await expect(page.shapesOfType('frame')).toHaveCount(1)
    await expect(page.page.locator('.tl-shape').getByText('Gŵyl y pentref')).toBeVisible()
  }
  // The file's image went to the board's asset store.
  const src = await ada.page.evaluate(() => {
    const editor = window.__commonGround!.editor! as unknown as {
      getAssets(): { props: { src: string | null } }[]
    }
    return editor.getAssets().map((asset) => asset.props.src)
  })
  expect(src).toHaveLength(1)
  expect(src[0]).toMatch(new RegExp(`^/api/boards/${board.id}/assets/`))

  // And the board goes out again as a tldraw file.
  const tldr = ada.page.waitForEvent('download')
  await ada.views.panel.getByRole('button', { name: 'Download tldraw file (.tldr)' }).click()
  const file = await tldr
  expect(file.suggestedFilename()).toBe('Import.tldr')
  const json = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    tldrawFileFormatVersion: number
    records: { typeName: string }[]
  }
  expect(json.tldrawFileFormatVersion).toBe(1)
  expect(
    json.records.filter((record) => record.typeName === 'shape').length,
  ).toBeGreaterThanOrEqual(7)
})

test('a .tldr file written by tldraw 3.15 goes into a new board of its own', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url, 'Where the file is chosen')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await ada.views.show('Export')
  await ada.page
    .getByTestId('import-tldr-new')
    .setInputFiles(
      fileURLToPath(
        new URL('../../client/src/exports/fixtures/tldraw-3.15.6.tldr', import.meta.url),
      ),
    )
  await expect(ada.page).not.toHaveURL(new RegExp(board.id))
  await ada.joinIfAsked({ name: 'Ada', color: 'Red' })
  await ada.waitLive()
  await expect(ada.page.getByTestId('notice')).toContainText('The tldraw file is on this new board')
  await expect(ada.shapesOfType('geo')).toHaveCount(2)
  await expect(ada.shapesOfType('note')).toHaveCount(1)
  await expect(ada.page.getByText('tldraw-3.15.6').first()).toBeVisible()
})
