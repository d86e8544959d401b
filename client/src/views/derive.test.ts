import { translatorFor, wordsFor } from '../i18n/translate'
import type {
  AssetEntry,
  ConnectionEntry,
  CoproductionContents,
  PersonEntry,
} from '@common-ground/shared'
import type { TLShapeId } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { countByTakesPart, deriveBoard, filterAssets, placementGroups, sortAssets } from './derive'

const sid = (id: string) => `shape:${id}` as TLShapeId

function asset(id: string, fields: Partial<AssetEntry> = {}): AssetEntry {
  return {
    id: sid(id),
    title: id,
    description: '',
    kind: 'skill',
    kindLabel: 'Skill',
    heldBy: '',
    heldByPersonId: null,
    addedBy: '',
    gridCell: null,
    ladderRung: null,
    ...fields,
  }
}

function person(id: string, fields: Partial<PersonEntry> = {}): PersonEntry {
  return {
    id: sid(id),
    label: id,
    takesPartAs: 'community',
    takesPartAsLabel: 'Neighbour or community member',
    organisation: '',
    participantId: null,
    gridCell: null,
    ladderRung: null,
    ...fields,
  }
}

function connection(from: string, to: string, relation: ConnectionEntry['relation']) {
  return {
    arrowId: sid(`arrow-${from}-${to}`),
    from: sid(from),
    to: sid(to),
    fromLabel: from,
    toLabel: to,
    relation,
    relationLabel: relation === null ? '' : relation.replace(/-/g, ' '),
  } satisfies ConnectionEntry
}

describe('deriveBoard', () => {
  it('lists each person’s connections both ways and marks the isolated', () => {
    const contents: CoproductionContents = {
      assets: [asset('Kitchen', { kind: 'place', kindLabel: 'Place' })],
      people: [person('Ada'), person('Grace'), person('Lin')],
      connections: [connection('Ada', 'Grace', 'knows'), connection('Kitchen', 'Ada', null)],
    }
    const model = deriveBoard(contents, translatorFor('en'))
    const byLabel = Object.fromEntries(model.people.map((p) => [p.label, p]))
    expect(byLabel.Ada?.connections.map((c) => c.text)).toEqual([
      'Ada knows Grace',
      'Kitchen → Ada',
    ])
    expect(byLabel.Grace?.connections.map((c) => c.text)).toEqual(['Ada knows Grace'])
    expect(byLabel.Lin?.isolated).toBe(true)
    expect(byLabel.Ada?.isolated).toBe(false)
  })
})

describe('sortAssets', () => {
  const rows = [
    asset('b', { title: 'Budget', heldBy: 'Council', kindLabel: 'Resource' }),
    asset('a', { title: 'allotment', heldBy: '', kindLabel: 'Place' }),
    asset('c', { title: 'Cooking', heldBy: 'ada', kindLabel: 'Skill' }),
  ]

  it('sorts by title ignoring case, either way', () => {
    expect(sortAssets(rows, 'title', 'ascending').map((r) => r.title)).toEqual([
      'allotment',
      'Budget',
      'Cooking',
    ])
    expect(sortAssets(rows, 'title', 'descending').map((r) => r.title)).toEqual([
      'Cooking',
      'Budget',
      'allotment',
    ])
  })

  it('sorts by kind label, and keeps empty values last in both directions', () => {
    expect(sortAssets(rows, 'kind', 'ascending').map((r) => r.kindLabel)).toEqual([
      'Place',
      'Resource',
      'Skill',
    ])
    expect(sortAssets(rows, 'heldBy', 'ascending').map((r) => r.heldBy)).toEqual([
      'ada',
      'Council',
      '',
    ])
    expect(sortAssets(rows, 'heldBy', 'descending').map((r) => r.heldBy)).toEqual([
      'Council',
      'ada',
      '',
    ])
  })

  it('does not change the rows it was given', () => {
    const before = rows.map((r) => r.id)
    sortAssets(rows, 'title', 'descending')
    expect(rows.map((r) => r.id)).toEqual(before)
  })
})

describe('filterAssets', () => {
  it('keeps one kind, or all', () => {
    const rows = [asset('a', { kind: 'time' }), asset('b', { kind: 'place' })]
    expect(filterAssets(rows, 'time').map((r) => r.id)).toEqual([sid('a')])
    expect(filterAssets(rows, 'all')).toHaveLength(2)
    expect(filterAssets(rows, 'skill')).toEqual([])
  })
})

describe('countByTakesPart', () => {
  it('counts every way of taking part, zeros included', () => {
    const counts = countByTakesPart(
      [
        person('a', { takesPartAs: 'professional' }),
        person('b', { takesPartAs: 'professional' }),
        person('c', { takesPartAs: 'service-user' }),
      ],
      wordsFor('en'),
    )
    expect(Object.fromEntries(counts.map((c) => [c.id, c.count]))).toEqual({
      professional: 2,
      'service-user': 1,
      'family-carer': 0,
      community: 0,
      organisation: 0,
    })
  })
})

describe('placementGroups', () => {
  it('puts each card in its grid cell and on its rung, the rest aside', () => {
    const groups = placementGroups(
      [
        asset('Drop-in', { gridCell: 'full-coproduction', ladderRung: 'co-design' }),
        asset('Leaflet', { ladderRung: 'informing' }),
        asset('Loose'),
      ],
      translatorFor('en'),
      wordsFor('en'),
    )
    expect(groups.cells).toHaveLength(9)
    expect(groups.cells.find((c) => c.key === 'full-coproduction')?.cards).toEqual([
      { id: sid('Drop-in'), title: 'Drop-in' },
    ])
    expect(groups.rungs[0]?.key).toBe('co-production')
    expect(groups.rungs.find((r) => r.key === 'informing')?.cards.map((c) => c.title)).toEqual([
      'Leaflet',
    ])
    expect(groups.elsewhere.map((c) => c.title)).toEqual(['Loose'])
  })
})
