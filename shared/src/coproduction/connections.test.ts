import { domainWords } from '../i18n/domainWords.js'
import { describe, expect, it } from 'vitest'
import { createBoardSchema } from '../schema.js'
import { shapeRecord } from '../templates/shapeRecords.js'
import { checkBoardRecord } from '../validation/records.js'
import { deriveConnections, RELATIONS } from './connections.js'
import { arrow, asset, binding, id, person, place } from './records.testkit.js'

describe('deriveConnections', () => {
  const schema = createBoardSchema()

  it('builds valid board records in these tests', () => {
    for (const record of [person('a'), asset('b'), arrow('x', 'funds'), binding('x', 'end', 'b')]) {
      expect(checkBoardRecord(schema, record.id, record), record.id).toMatchObject({ ok: true })
    }
  })

  it('reads an arrow bound at both ends to people or assets, start to end, with its relation', () => {
    const records = [
      person('amira'),
      asset('library'),
      person('jo'),
      arrow('a1', 'refers-to'),
      binding('a1', 'start', 'amira'),
      binding('a1', 'end', 'jo'),
      arrow('a2', 'learns-from'),
      binding('a2', 'end', 'amira'),
      binding('a2', 'start', 'library'),
    ]
    expect(deriveConnections(records)).toEqual([
      { arrowId: id('a1'), from: id('amira'), to: id('jo'), relation: 'refers-to' },
      { arrowId: id('a2'), from: id('library'), to: id('amira'), relation: 'learns-from' },
    ])
  })

  it('gives a null relation when the arrow has none or an unknown one', () => {
    const records = [
      person('p'),
      person('q'),
      arrow('a'),
      binding('a', 'start', 'p'),
      binding('a', 'end', 'q'),
      arrow('b', 'hates'),
      binding('b', 'start', 'p'),
      binding('b', 'end', 'q'),
    ]
    expect(deriveConnections(records).map((c) => c.relation)).toEqual([null, null])
  })

  it('leaves out arrows bound at one end, to other shapes, or to shapes not on the board', () => {
    const frame = shapeRecord(place('frame'), 'frame', { w: 10, h: 10, name: '', color: 'black' })
    const records = [
      person('p'),
      frame,
      arrow('loose', 'knows'),
      binding('loose', 'start', 'p'),
      arrow('to-frame', 'knows'),
      binding('to-frame', 'start', 'p'),
      binding('to-frame', 'end', 'frame'),
      arrow('to-gone', 'knows'),
      binding('to-gone', 'start', 'p'),
      binding('to-gone', 'end', 'deleted'),
      arrow('unbound', 'knows'),
    ]
    expect(deriveConnections(records)).toEqual([])
  })

  it('lists the six relations of DOMAIN.md', () => {
    const words = domainWords('en')
    expect(RELATIONS.map((r) => words.relation(r.id))).toEqual([
      'knows',
      'supports',
      'refers to',
      'funds',
      'co-delivers with',
      'learns from',
    ])
  })
})
