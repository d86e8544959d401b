import type { Translate } from '../i18n/useT'
import {
  GRID_CELLS,
  LADDER_RUNGS,
  PERSON_ROLES,
  type DomainWords,
  type AssetEntry,
  type AssetKind,
  type ConnectionEntry,
  type CoproductionContents,
  type PersonEntry,
} from '@common-ground/shared'
import { gridCellLabel, rungLabel } from '../shapes/placement'

/**
 * What the structured views show, on top of shared's `readCoproduction` (which the
 * exports read too, so the panel and a CSV never disagree). Pure: tests pass plain data.
 */
export interface PersonRow extends PersonEntry {
  /** Connections from or to this person, to people and assets alike, in words. */
  connections: { id: string; text: string }[]
  isolated: boolean
}

export interface BoardModel {
  assets: AssetEntry[]
  people: PersonRow[]
  connections: ConnectionEntry[]
}

export function deriveBoard(contents: CoproductionContents, t: Translate): BoardModel {
  const people = contents.people.map((person): PersonRow => {
    const mine = contents.connections.filter((c) => c.from === person.id || c.to === person.id)
    return {
      ...person,
      connections: mine.map((c) => ({ id: c.arrowId, text: connectionText(c, t) })),
      isolated: mine.length === 0,
    }
  })
  return { assets: contents.assets, people, connections: contents.connections }
}

export function connectionText(connection: ConnectionEntry, t: Translate): string {
  return t('connections.text', {
    from: connection.fromLabel || t('common.untitled'),
    relation: connection.relationLabel || '→',
    to: connection.toLabel || t('common.untitled'),
  })
}

export type AssetSortKey = 'title' | 'kind' | 'heldBy' | 'addedBy'
export type SortDirection = 'ascending' | 'descending'

// Sorted as the root locale sorts: good enough for English, Welsh and Arabic alike.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Sorted copy; empty values last whichever the direction; ties by title, then id. */
export function sortAssets(
  rows: readonly AssetEntry[],
  key: AssetSortKey,
  direction: SortDirection,
): AssetEntry[] {
  const value = (row: AssetEntry) => (key === 'kind' ? row.kindLabel : row[key])
  const sign = direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    const av = value(a)
    const bv = value(b)
    if (av === '' && bv !== '') return 1
    if (bv === '' && av !== '') return -1
    return (
      sign * collator.compare(av, bv) ||
      collator.compare(a.title, b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    )
  })
}

export function filterAssets(rows: readonly AssetEntry[], kind: AssetKind | 'all'): AssetEntry[] {
  return kind === 'all' ? [...rows] : rows.filter((row) => row.kind === kind)
}

/** How many people take part each way, in shared's order, every way listed. */
export function countByTakesPart(people: readonly PersonEntry[], words: DomainWords) {
  return PERSON_ROLES.map((role) => ({
    id: role.id,
    label: words.role(role.id),
    count: people.filter((person) => person.takesPartAs === role.id).length,
  }))
}

export interface PlacementGroup {
  key: string
  label: string
  cards: { id: string; title: string }[]
}

type Placed = Pick<AssetEntry, 'id' | 'gridCell' | 'ladderRung'> & { title: string }

/**
 * The grid's nine cells and the ladder's rungs (top, co-production, first) with the
 * cards on each, people and assets alike; and the cards on neither.
 */
export function placementGroups(cards: readonly Placed[], t: Translate, words: DomainWords) {
  const list = (keep: (card: Placed) => boolean) =>
    cards.filter(keep).map(({ id, title }) => ({ id, title: title || t('common.untitled') }))
  const cells: PlacementGroup[] = GRID_CELLS.map((cell) => ({
    key: cell.id,
    label: gridCellLabel(cell.id, t, words),
    cards: list((card) => card.gridCell === cell.id),
  }))
  const rungs: PlacementGroup[] = [...LADDER_RUNGS].reverse().map((rung) => ({
    key: rung.id,
    label: rungLabel(rung.id, t, words),
    cards: list((card) => card.ladderRung === rung.id),
  }))
  const elsewhere = list((card) => card.gridCell === null && card.ladderRung === null)
  return { cells, rungs, elsewhere }
}
