import type { SerializedSchemaV2 } from '@tldraw/store'
import type { TLParentId, TLRecord, TLShape, TLShapeId } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { createBoardSchema } from '../schema.js'
import { shapeRecord } from '../templates/shapeRecords.js'
import { checkBoardRecord } from '../validation/records.js'
import { ASSET_CARD_TYPE } from './assetCard.js'
import { GRID_TYPE } from './grid.js'
import { LADDER_TYPE } from './ladder.js'
import { PERSON_TYPE } from './person.js'
import { coproductionShapeSchemas } from './shapes.js'
import { emptyRatings, RATING_TYPE, SIX_ELEMENTS_TYPE } from './sixElements.js'
import { MAX_SHAPE_DESCRIPTION_LENGTH, MAX_SHAPE_LINE_LENGTH } from './text.js'

const schema = createBoardSchema()

/** A valid shape of each co-production type, the way a client writes one. */
const valid = {
  [ASSET_CARD_TYPE]: {
    w: 220,
    h: 140,
    title: 'Knows every bus route',
    description: '',
    kind: 'knowledge',
    heldBy: 'Amira',
    heldByPersonId: 'shape:amira',
    addedBy: 'Amira',
  },
  [PERSON_TYPE]: {
    w: 180,
    h: 110,
    label: 'Amira',
    takesPartAs: 'service-user',
    organisation: '',
    participantId: 'participant-1',
  },
  [GRID_TYPE]: { w: 1500, h: 1000, label: 'Today' },
  [LADDER_TYPE]: { w: 1000, h: 1050, label: '' },
  [SIX_ELEMENTS_TYPE]: { w: 1100, h: 900, label: 'Youth drop-in' },
  [RATING_TYPE]: {
    participantId: 'participant-1',
    participantName: 'Amira',
    ratings: { ...emptyRatings(), networks: 3 },
  },
} as const

type ShapeType = keyof typeof valid

function shapeOf(type: ShapeType, props: Record<string, unknown>): TLShape {
  return shapeRecord(
    {
      id: `shape:${type}` as TLShapeId,
      parentId: 'page:page' as TLParentId,
      index: 'a1' as never,
      x: 0,
      y: 0,
    },
    type,
    props as never,
  )
}

const check = (type: ShapeType, props: Record<string, unknown>) => {
  const shape = shapeOf(type, props)
  return checkBoardRecord(schema, shape.id, JSON.parse(JSON.stringify(shape)))
}

describe('co-production shape validators (shared by client and server)', () => {
  it.each(Object.keys(valid) as ShapeType[])('%s: accepts a valid shape', (type) => {
    expect(check(type, valid[type])).toMatchObject({ ok: true })
  })

  it.each(Object.keys(valid) as ShapeType[])('%s: refuses a missing or extra prop', (type) => {
    const [first, ...rest] = Object.keys(valid[type])
    expect(check(type, { ...valid[type], [first!]: undefined }).ok).toBe(false)
    expect(
      check(type, Object.fromEntries(rest.map((k) => [k, (valid[type] as never)[k]]))).ok,
    ).toBe(false)
    expect(check(type, { ...valid[type], colour: 'red' }).ok).toBe(false)
  })

  it.each([
    [ASSET_CARD_TYPE, { kind: 'money' }],
    [ASSET_CARD_TYPE, { w: 0 }],
    [ASSET_CARD_TYPE, { title: 'x'.repeat(MAX_SHAPE_LINE_LENGTH + 1) }],
    [ASSET_CARD_TYPE, { description: 'x'.repeat(MAX_SHAPE_DESCRIPTION_LENGTH + 1) }],
    [ASSET_CARD_TYPE, { heldByPersonId: 'page:amira' }],
    [PERSON_TYPE, { takesPartAs: 'not-said' }],
    [PERSON_TYPE, { participantId: 'short' }],
    [PERSON_TYPE, { label: 7 }],
    [GRID_TYPE, { h: -1 }],
    [LADDER_TYPE, { label: null }],
    [SIX_ELEMENTS_TYPE, { w: 'wide' }],
    [RATING_TYPE, { ratings: { ...emptyRatings(), networks: 5 } }],
    [RATING_TYPE, { ratings: { ...emptyRatings(), networks: 2.5 } }],
    [RATING_TYPE, { ratings: { ...emptyRatings(), extra: 1 } }],
    [RATING_TYPE, { ratings: { networks: 1 } }],
    [RATING_TYPE, { participantId: 'has spaces in it' }],
  ] as const)('%s: refuses %j', (type, change) => {
    expect(check(type, { ...valid[type], ...change })).toMatchObject({ ok: false })
  })

  it('accepts text at the length limits and the optional fields empty', () => {
    const limit = 'x'.repeat(MAX_SHAPE_LINE_LENGTH)
    const card = { ...valid[ASSET_CARD_TYPE], title: limit, heldBy: '', heldByPersonId: null }
    expect(check(ASSET_CARD_TYPE, card).ok).toBe(true)
    expect(check(PERSON_TYPE, { ...valid[PERSON_TYPE], participantId: null }).ok).toBe(true)
  })

  it('registers every shape in the board schema, each with a migration sequence', () => {
    const sequences = schema.serialize().sequences
    for (const type of Object.keys(coproductionShapeSchemas)) {
      // Server-only records that came after migrations were first needed have none yet.
      const fresh = ['cg-rating-totals', 'cg-session', 'cg-vote', 'cg-private', 'cg-voice-balance']
      expect(sequences[`com.tldraw.shape.${type}`], type).toBe(fresh.includes(type) ? 0 : 1)
    }
  })
})

/** The board schema as a client from before each shape's first migration wrote it. */
function versionZeroSchema(): SerializedSchemaV2 {
  const serialized = schema.serialize()
  for (const type of Object.keys(coproductionShapeSchemas)) {
    serialized.sequences[`com.tldraw.shape.${type}`] = 0
  }
  return serialized
}

describe('co-production shape migrations', () => {
  const added = [
    [ASSET_CARD_TYPE, 'addedBy', ''],
    [PERSON_TYPE, 'participantId', null],
    [GRID_TYPE, 'label', ''],
    [LADDER_TYPE, 'label', ''],
    [SIX_ELEMENTS_TYPE, 'label', ''],
    [RATING_TYPE, 'participantName', ''],
  ] as const

  it.each(added)(
    '%s v0 → v1 adds %s with its default, and the result is valid',
    (type, key, value) => {
      const { [key]: _dropped, ...v0Props } = valid[type] as Record<string, unknown>
      const v0 = shapeOf(type, v0Props)
      expect(checkBoardRecord(schema, v0.id, v0).ok).toBe(false)
      const result = schema.migratePersistedRecord(v0 as TLRecord, versionZeroSchema())
      expect(result.type).toBe('success')
      if (result.type !== 'success') return
      expect((result.value as TLShape).props).toEqual({ ...v0Props, [key]: value })
      expect(checkBoardRecord(schema, v0.id, result.value).ok).toBe(true)
    },
  )

  it.each(added)('%s v1 → v0 removes %s', (type, key) => {
    const v1 = shapeOf(type, valid[type])
    const result = schema.migratePersistedRecord(v1 as TLRecord, versionZeroSchema(), 'down')
    expect(result.type).toBe('success')
    if (result.type !== 'success') return
    expect(Object.keys((result.value as TLShape).props)).not.toContain(key)
  })

  it('upgrades a whole v0 board as a client does on load', () => {
    const { addedBy: _a, ...card } = valid[ASSET_CARD_TYPE]
    const v0 = shapeOf(ASSET_CARD_TYPE, card)
    const result = schema.migrateStoreSnapshot({
      store: { [v0.id]: v0 as TLRecord },
      schema: versionZeroSchema(),
    })
    expect(result.type === 'success' && result.value[v0.id]).toMatchObject({
      props: { addedBy: '' },
    })
  })
})
