import {
  createShapeId,
  DocumentRecordType,
  PageRecordType,
  toRichText,
  type TLGeoShape,
  type TLPageId,
} from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { createBoardSchema } from '../schema.js'
import { geoShapeRecord } from '../templates/shapeRecords.js'
import { checkBoardRecord } from './records.js'

const schema = createBoardSchema()
type IndexKey = TLGeoShape['index']

function geoShape(name: string): TLGeoShape {
  const placed = {
    id: createShapeId(name),
    parentId: 'page:page' as TLPageId,
    index: 'a1' as IndexKey,
    x: 10,
    y: 20,
  }
  return geoShapeRecord(placed, { richText: toRichText(name) })
}

const reasonOf = (key: string, value: unknown) => {
  const result = checkBoardRecord(schema, key, value)
  return result.ok ? null : result.reason
}

describe('checkBoardRecord', () => {
  it('accepts document records built with the board schema', () => {
    const shape = geoShape('a')
    const page = PageRecordType.create({
      id: 'page:page' as TLPageId,
      name: 'Page 1',
      index: 'a1' as IndexKey,
    })
    const document = DocumentRecordType.create({ id: 'document:document' as never })
    for (const record of [shape, page, document]) {
      const result = checkBoardRecord(schema, record.id, record)
      expect(result, record.id).toEqual({ ok: true, record })
    }
  })

  it('accepts a record that went through JSON, as the doc hands it over', () => {
    const shape = JSON.parse(JSON.stringify(geoShape('b'))) as unknown
    expect(checkBoardRecord(schema, createShapeId('b'), shape).ok).toBe(true)
  })

  it('refuses a record stored under another id', () => {
    expect(reasonOf(createShapeId('other'), geoShape('a'))).toMatch(/stored under/)
  })

  it('refuses unknown record types', () => {
    expect(reasonOf('widget:1', { id: 'widget:1', typeName: 'widget', meta: {} })).toMatch(
      /unknown record type widget/,
    )
    // Inherited names must not pass for types.
    expect(reasonOf('x', { id: 'x', typeName: 'toString', meta: {} })).toMatch(/unknown/)
  })

  it.each(['instance', 'camera', 'pointer', 'instance_page_state', 'instance_presence'])(
    'refuses %s records: session state is never part of a board',
    (typeName) => {
      const id = `${typeName}:x`
      expect(reasonOf(id, { id, typeName, meta: {} })).toMatch(/not part of a board/)
    },
  )

  it('refuses props the shape validator refuses', () => {
    const shape = geoShape('a')
    expect(reasonOf(shape.id, { ...shape, props: { ...shape.props, w: 'wide' } })).toMatch(
      /invalid shape/,
    )
    expect(reasonOf(shape.id, { ...shape, type: 'not-a-shape' })).toMatch(/invalid shape/)
    expect(reasonOf(shape.id, { ...shape, x: Number.NaN })).toMatch(/not a JSON object/)
  })

  it('refuses meta that is not a JSON object', () => {
    const shape = geoShape('a')
    for (const meta of [null, [], 'note', { bytes: new Uint8Array(2) }, undefined]) {
      expect(reasonOf(shape.id, { ...shape, meta }), String(meta)).not.toBeNull()
    }
  })

  it('refuses values that are not plain JSON objects', () => {
    const shape = geoShape('a')
    for (const value of [null, 3, 'shape', [shape], new Map(), { ...shape, big: 1n }]) {
      expect(reasonOf(shape.id, value)).toMatch(/not a JSON object/)
    }
  })

  it('never throws', () => {
    const hostile = Object.create({ typeName: 'shape' }) as object
    expect(() => checkBoardRecord(schema, 'k', hostile)).not.toThrow()
    const getter = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(() => checkBoardRecord(schema, 'k', getter)).not.toThrow()
  })
})
