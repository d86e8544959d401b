import { expect, type Locator, type Page } from '@playwright/test'
import { isBoardId, type BoardId } from '@common-ground/shared'

/** `/`: the landing page. */
export class HomePage {
  readonly titleInput: Locator
  readonly startButton: Locator

  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {
    this.titleInput = page.getByLabel('What is this session about?')
    this.startButton = page.getByRole('button', { name: 'Start a new board' })
  }

  /** One choice of "Start from" (a blank board or a template), by its title. */
  templateOption(title: string): Locator {
    return this.page
      .getByRole('group', { name: 'Start from' })
      .getByRole('radio', { name: title, exact: true })
  }

  async open(): Promise<void> {
    await this.page.goto(new URL('/', this.origin).href)
  }

  /**
   * Starts a board with a title and returns its id, read from the address the page went
   * to once the facilitator's token has left it.
   */
  async startNewBoard(title: string, template?: string): Promise<BoardId> {
    await this.titleInput.fill(title)
    if (template !== undefined) await this.templateOption(template).check()
    await this.startButton.click()
    await expect(this.page).toHaveURL(/\/b\/[A-Za-z0-9_-]+$/)
    const boardId = new URL(this.page.url()).pathname.split('/').pop()
    if (!isBoardId(boardId)) throw new Error(`not a board id in ${this.page.url()}`)
    return boardId
  }
}
