import { expect, type Locator, type Page } from '@playwright/test'

/** The facilitator's Share dialog ("Invite people"), opened from the board's top bar. */
export class ShareDialog {
  readonly dialog: Locator
  readonly participantLink: Locator
  readonly observerLink: Locator
  readonly copyParticipantLink: Locator
  readonly copyObserverLink: Locator
  /** The participant link as a QR code, for the projector. */
  readonly qrCode: Locator
  readonly closeButton: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Invite people' })
    this.participantLink = this.dialog.getByTestId('participant-link')
    this.observerLink = this.dialog.getByTestId('observer-link')
    this.copyParticipantLink = this.dialog.getByRole('button', { name: 'Copy participant link' })
    this.copyObserverLink = this.dialog.getByRole('button', { name: 'Copy observer link' })
    this.qrCode = this.dialog.getByRole('img', { name: /^QR code of the participant link/ })
    this.closeButton = this.dialog.getByRole('button', { name: 'Close', exact: true })
  }

  /** Waits until the dialog shows the links it fetched. */
  async waitForLinks(): Promise<void> {
    await expect(this.dialog).toBeVisible()
    await expect(this.participantLink).toHaveText(/#t=/)
  }

  /** Makes a new participant link, answering the dialog's question with yes. */
  async replaceParticipantLink(): Promise<void> {
    const before = await this.participantLink.textContent()
    await this.dialog.getByRole('button', { name: 'Make a new participant link' }).click()
    await this.dialog.getByRole('button', { name: 'Yes, make a new link' }).click()
    await expect(this.participantLink).not.toHaveText(before ?? '')
  }

  /** The `d` of the QR code's drawing: its modules, which change with the text it encodes. */
  async qrDrawing(): Promise<string> {
    return (await this.qrCode.locator('path').getAttribute('d')) ?? ''
  }
}
