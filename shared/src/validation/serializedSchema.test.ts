import { describe, expect, it } from 'vitest'
import { createBoardSchema } from '../schema.js'
import { checkSerializedSchema } from './serializedSchema.js'

describe('checkSerializedSchema', () => {
  it('accepts what a client writes: the board schema, serialized', () => {
    const serialized = createBoardSchema().serialize()
    expect(checkSerializedSchema(serialized)).toEqual({ ok: true, schema: serialized })
    expect(checkSerializedSchema(JSON.parse(JSON.stringify(serialized))).ok).toBe(true)
  })

  it.each([
    ['not an object', 'schema'],
    ['null', null],
    ['version 1', { schemaVersion: 1, storeVersion: 4, recordVersions: {} }],
    ['missing sequences', { schemaVersion: 2 }],
    ['array sequences', { schemaVersion: 2, sequences: [] }],
    ['fractional version', { schemaVersion: 2, sequences: { 'com.tldraw.shape': 1.5 } }],
    ['negative version', { schemaVersion: 2, sequences: { 'com.tldraw.shape': -1 } }],
    ['string version', { schemaVersion: 2, sequences: { 'com.tldraw.shape': '4' } }],
    ['extra fields', { schemaVersion: 2, sequences: {}, evil: true }],
  ])('refuses %s', (_name, value) => {
    expect(checkSerializedSchema(value).ok).toBe(false)
  })
})
