import {
  type AssetEntry,
  type DomainKey,
  type DomainWords,
  type CoproductionContents,
  type PersonEntry,
} from '@common-ground/shared'

/**
 * The rows of the CSV exports. The first columns are those Kumu's spreadsheet import
 * reads (elements: Label, Type, Description; connections: From, To, Type); the rest are
 * Common Ground's, which Kumu keeps as custom fields. Elements carry a Type of "Asset"
 * or "Person" (in the export's language), so the two files can be imported into one
 * Kumu map. Kumu finds its own columns by their English names, so those stay English in
 * every language; ours, and the words in the cells, are in the language of `words`.
 */
export function assetRows({ assets }: CoproductionContents, words: DomainWords): string[][] {
  const column = (name: string) => words.translate(`export.column.${name}` as DomainKey)
  return [
    [
      'Label',
      'Type',
      'Description',
      column('kind'),
      column('heldBy'),
      column('addedBy'),
      column('gridCell'),
      column('ladderRung'),
    ],
    ...assets.map((asset) => [
      asset.title,
      words.translate('export.type.asset'),
      asset.description,
      asset.kindLabel,
      asset.heldBy,
      asset.addedBy,
      ...placement(asset, words),
    ]),
  ]
}

export function peopleRows({ people }: CoproductionContents, words: DomainWords): string[][] {
  const column = (name: string) => words.translate(`export.column.${name}` as DomainKey)
  return [
    [
      'Label',
      'Type',
      'Description',
      column('takesPartAs'),
      column('organisation'),
      column('gridCell'),
      column('ladderRung'),
    ],
    ...people.map((person) => [
      person.label,
      words.translate('export.type.person'),
      '',
      person.takesPartAsLabel,
      person.organisation,
      ...placement(person, words),
    ]),
  ]
}

export function connectionRows({ connections }: CoproductionContents): string[][] {
  return [
    ['From', 'To', 'Type'],
    ...connections.map((connection) => [
      connection.fromLabel,
      connection.toLabel,
      connection.relationLabel,
    ]),
  ]
}

function placement(entry: AssetEntry | PersonEntry, words: DomainWords): [string, string] {
  return [
    entry.gridCell === null ? '' : words.gridCell(entry.gridCell),
    entry.ladderRung === null ? '' : words.ladderRung(entry.ladderRung),
  ]
}
