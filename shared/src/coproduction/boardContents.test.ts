import type { TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { buildTemplateRecords } from '../templates/buildTemplateRecords.js'
import { readCoproduction } from './boardContents.js'
import { gridLayout } from './grid.js'
import { ladderLayout } from './ladder.js'
import { arrow, asset, binding, id, person } from './records.testkit.js'

/** A card's top-left corner such that its centre (220 × 140) is at `x`, `y`. */
const cardAt = (x: number, y: number) => [x - 110, y - 70] as const

describe('readCoproduction', () => {
  it('lists assets with their holder, people, and labelled connections', () => {
    const holder = person('Amira')
    const card = {
      ...asset('Allotment'),
      props: {
        ...(asset('Allotment') as { props: object }).props,
        heldBy: 'A.',
        heldByPersonId: id('Amira'),
        addedBy: 'Jo',
      },
    } as TLRecord
    const orphan = {
      ...asset('Van'),
      props: {
        ...(asset('Van') as { props: object }).props,
        heldBy: 'Sam',
        heldByPersonId: id('gone'),
      },
    } as TLRecord
    const records = [
      holder,
      card,
      orphan,
      arrow('x', 'co-delivers-with'),
      binding('x', 'start', 'Amira'),
      binding('x', 'end', 'Allotment'),
    ]
    const { assets, people, connections } = readCoproduction(records)
    expect(assets.map((a) => [a.title, a.kindLabel, a.heldBy, a.addedBy])).toEqual([
      ['Allotment', 'Place', 'Amira', 'Jo'],
      ['Van', 'Place', 'Sam', ''],
    ])
    expect(people.map((p) => [p.label, p.takesPartAsLabel])).toEqual([
      ['Amira', 'Neighbour or community member'],
    ])
    expect(connections).toMatchObject([
      { fromLabel: 'Amira', toLabel: 'Allotment', relationLabel: 'co-delivers with' },
    ])
  })

  it('places cards on the grid cell and ladder rung they lie in, through frames', () => {
    const template = buildTemplateRecords('full-workshop')
    const grid = template.find((shape) => shape.type === 'cg-grid')!
    const gridFrame = template.find((shape) => shape.id === grid.parentId)!
    const ladder = template.find((shape) => shape.type === 'cg-ladder')!
    const ladderFrame = template.find((shape) => shape.id === ladder.parentId)!

    const cell = gridLayout(grid.props as { w: number; h: number }).cells[4]!
    const [gx, gy] = cardAt(
      gridFrame.x + grid.x + cell.rect.x + cell.rect.w / 2,
      gridFrame.y + grid.y + cell.rect.y + cell.rect.h / 2,
    )
    const rung = ladderLayout(ladder.props as { w: number; h: number }).rungs[5]!
    const [lx, ly] = cardAt(
      ladderFrame.x + ladder.x + rung.rect.x + 100,
      ladderFrame.y + ladder.y + rung.rect.y + rung.rect.h / 2,
    )
    const records = [
      ...template,
      asset('on-grid', gx, gy),
      person('on-ladder', lx, ly),
      asset('away', -5000, 0),
    ]
    const { assets, people } = readCoproduction(records)
    expect(assets.map((a) => [a.title, a.gridCell, a.ladderRung])).toEqual([
      ['on-grid', 'full-coproduction', null],
      ['away', null, null],
    ])
    expect(people.map((p) => [p.label, p.gridCell, p.ladderRung])).toEqual([
      ['on-ladder', null, 'co-design'],
    ])
  })
})
