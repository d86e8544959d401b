import {
  gridCell,
  ladderRung,
  type AssetEntry,
  type CoproductionContents,
  type PersonEntry,
} from '@common-ground/shared'

/**
 * The rows of the CSV exports. The first columns are those Kumu's spreadsheet import
 * reads (elements: Label, Type, Description; connections: From, To, Type); the rest are
 * Common Ground's, which Kumu keeps as custom fields. Elements carry a Type of "Asset"
 * or "Person", so the two files can be imported into one Kumu map.
 */
export function assetRows({ assets }: CoproductionContents): string[][] {
  return [
    ['Label', 'Type', 'Description', 'Kind', 'Held by', 'Added by', 'Grid cell', 'Ladder rung'],
    ...assets.map((asset) => [
      asset.title,
      'Asset',
      asset.description,
      asset.kindLabel,
      asset.heldBy,
      asset.addedBy,
      ...placement(asset),
    ]),
  ]
}

export function peopleRows({ people }: CoproductionContents): string[][] {
  return [
    ['Label', 'Type', 'Description', 'Takes part as', 'Organisation', 'Grid cell', 'Ladder rung'],
    ...people.map((person) => [
      person.label,
      'Person',
      '',
      person.takesPartAsLabel,
      person.organisation,
      ...placement(person),
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

function placement(entry: AssetEntry | PersonEntry): [string, string] {
  return [
    entry.gridCell === null ? '' : gridCell(entry.gridCell).text,
    entry.ladderRung === null ? '' : ladderRung(entry.ladderRung).label,
  ]
}
