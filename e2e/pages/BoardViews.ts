import { expect, type Locator, type Page } from '@playwright/test'

export interface AssetInput {
  title: string
  /** A kind's label, e.g. "Place". */
  kind?: string
  heldBy?: string
  description?: string
}

export interface PersonInput {
  name: string
  /** A way of taking part, e.g. "Professional". */
  takesPartAs?: string
  organisation?: string
}

/** The "Board views" panel beside the canvas: tables and forms over the same board. */
export class BoardViews {
  readonly toggle: Locator
  readonly panel: Locator
  readonly assetsTable: Locator
  readonly peopleTable: Locator
  readonly connectionsTable: Locator
  readonly addAssetForm: Locator
  readonly addPersonForm: Locator
  readonly addConnectionForm: Locator
  readonly addMyselfButton: Locator
  readonly announcement: Locator

  constructor(readonly page: Page) {
    this.toggle = page.getByRole('button', { name: 'Views', exact: true })
    this.panel = page.getByRole('region', { name: 'Board views' })
    this.assetsTable = this.panel.getByRole('table', { name: /^Assets/ })
    this.peopleTable = this.panel.getByRole('table', { name: /^People on the map/ })
    this.connectionsTable = this.panel.getByTestId('connections-table')
    this.addAssetForm = this.panel.getByRole('group', { name: 'Add an asset' })
    this.addPersonForm = this.panel.getByRole('group', { name: 'Add a person or group' })
    this.addConnectionForm = this.panel.getByRole('group', { name: 'Add a connection' })
    this.addMyselfButton = this.panel.getByRole('button', { name: 'Add myself to the map' })
    this.announcement = page.getByTestId('panel-announcement')
  }

  async open(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'true') await this.toggle.click()
    await expect(this.panel).toBeVisible()
  }

  tab(name: string): Locator {
    return this.panel.getByRole('tab', { name, exact: true })
  }

  async show(
    name: 'Assets' | 'People and connections' | 'Grid and ladder' | 'Six elements' | 'Export',
  ) {
    await this.open()
    await this.tab(name).click()
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true')
  }

  async addAsset({ title, kind, heldBy, description }: AssetInput): Promise<void> {
    await this.show('Assets')
    const form = this.addAssetForm
    await form.getByLabel('Title').fill(title)
    if (kind) await form.getByLabel('Kind').selectOption({ label: kind })
    if (heldBy) await form.getByLabel('Held by').fill(heldBy)
    if (description) await form.getByLabel('Description (optional)').fill(description)
    await form.getByRole('button', { name: 'Add asset' }).click()
  }

  async addPerson({ name, takesPartAs, organisation }: PersonInput): Promise<void> {
    await this.show('People and connections')
    const form = this.addPersonForm
    await form.getByLabel('Name').fill(name)
    if (takesPartAs) await form.getByLabel('Takes part as').selectOption({ label: takesPartAs })
    if (organisation) await form.getByLabel('Organisation (optional)').fill(organisation)
    await form.getByRole('button', { name: 'Add person' }).click()
  }

  /** `from` and `to` are option labels: "Ada (person)", "Kitchen (asset)". */
  async addConnection(from: string, relation: string, to: string): Promise<void> {
    await this.show('People and connections')
    const form = this.addConnectionForm
    await form.getByLabel('From').selectOption({ label: from })
    await form.getByLabel('Relation').selectOption({ label: relation })
    await form.getByLabel('To').selectOption({ label: to })
    await form.getByRole('button', { name: 'Add connection' }).click()
  }

  /** A body row of the assets table, by the title in its row header. */
  assetRow(title: string): Locator {
    return this.assetsTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) })
  }

  personRow(name: string): Locator {
    return this.peopleTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) })
  }

  /** The rows of the connections table as "From | relation | To" text. */
  async connections(): Promise<string[]> {
    const rows = this.connectionsTable.getByTestId('connection-row')
    const texts: string[] = []
    for (const row of await rows.all()) {
      const cells = row.getByRole('cell')
      const relation = cells.nth(1)
      const select = relation.getByRole('combobox')
      const relationText =
        (await select.count()) > 0
          ? await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text ?? '')
          : await relation.innerText()
      texts.push(
        `${await cells.nth(0).innerText()} | ${relationText} | ${await cells.nth(2).innerText()}`,
      )
    }
    return texts
  }
}
