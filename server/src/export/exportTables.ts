import type { TLRecord, TLShape } from '@tldraw/tlschema'
import {
  RATING_SCALE,
  ratingTotalsOf,
  SIX_ELEMENTS_QUESTIONS,
  SIX_ELEMENTS_TYPE,
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

/**
 * The six-elements distribution (X5): one row per check and question, how many people
 * gave each answer, and how many rated the check. No one's own answers (R54).
 */
export function ratingRows(records: readonly TLRecord[], words: DomainWords): string[][] {
  const column = (name: string) => words.translate(`export.column.${name}` as DomainKey)
  const checks = records.filter(
    (record): record is TLShape => record.typeName === 'shape' && record.type === SIX_ELEMENTS_TYPE,
  )
  return [
    [
      column('check'),
      column('question'),
      ...RATING_SCALE.map(({ value }) => `${value} ${words.rating(value)}`),
      column('raters'),
    ],
    ...checks.flatMap((check) => {
      const { distribution, raters } = ratingTotalsOf(records, check.id)
      const label = (check.props as { label?: string }).label || words.sixElementsTitle()
      return SIX_ELEMENTS_QUESTIONS.map((question) => [
        label,
        words.questionTitle(question.id),
        ...distribution[question.id].map(String),
        String(raters),
      ])
    }),
  ]
}
