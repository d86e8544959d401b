import { CLOSE_REASONS, CloseCode } from '@common-ground/shared'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard, tokenOf } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

test('the facilitator’s Share dialog shows both links with copy buttons and a QR code', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url)
  const adaPage = await newParticipantPage()
  await adaPage.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  const ada = new BoardPage(adaPage, server.url)
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada' })
  await grace.open(board.links.participant, { name: 'Grace' })

  // Only the facilitator can share.
  await expect(grace.shareButton).toBeHidden()
  const share = await ada.openShareDialog()
  await expect(share.participantLink).toHaveText(board.links.participant)
  await expect(share.observerLink).toHaveText(board.links.observer)
  // The facilitator's own link is never shown on a screen that may be projected.
  await expect(share.dialog).not.toContainText(tokenOf(board.links.facilitator))

  // A QR code of the participant link, large enough to scan from across a room.
  await expect(share.qrCode).toBeVisible()
  const box = await share.qrCode.boundingBox()
  expect(box!.width).toBeGreaterThanOrEqual(150)
  expect(Math.abs(box!.width - box!.height)).toBeLessThan(1)
  const firstQr = await share.qrDrawing()
  expect(firstQr.length).toBeGreaterThan(100)

  // Each copy button puts its link on the clipboard and says so.
  await share.copyParticipantLink.click()
  await expect(share.dialog.getByRole('button', { name: 'Participant link copied' })).toBeVisible()
  expect(await adaPage.evaluate(() => navigator.clipboard.readText())).toBe(board.links.participant)
  await share.copyObserverLink.click()
  await expect(share.dialog.getByRole('button', { name: 'Observer link copied' })).toBeVisible()
  expect(await adaPage.evaluate(() => navigator.clipboard.readText())).toBe(board.links.observer)

  // A new participant link from the dialog: new QR code, and Grace's old link stops working.
  await share.replaceParticipantLink()
  const newLink = (await share.participantLink.textContent())!
  expect(newLink).not.toBe(board.links.participant)
  expect(await share.qrDrawing()).not.toBe(firstQr)
  await expect(grace.boardError).toContainText(CLOSE_REASONS[CloseCode.LinkRotated])
  await expect(ada.connectionStatus).toHaveAttribute('data-state', 'live')

  await grace.open(newLink, { name: 'Grace' })
  const drawn = await grace.drawRectangle({ x: 400, y: 250 }, { x: 520, y: 330 })
  await expect(ada.shapeElement(drawn.id)).toBeVisible()
})
