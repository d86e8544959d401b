import { Store } from '@tldraw/store'
import type { TLRecord, TLStoreProps } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import {
  checkBoardRecord,
  createBoardSchema,
  META_SCHEMA_KEY,
  TEMPLATE_IDS,
  Y_META,
  Y_RECORDS,
} from '@common-ground/shared'
import { boardDoc as roomDoc, UpdateValidator } from '../room/UpdateValidator.js'
import { blankBoardUpdate, templateBoardUpdate } from './templateBoard.js'

const schema = createBoardSchema()

function boardDoc(update: Uint8Array) {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  const records = new YKeyValue<unknown>(doc.getArray(Y_RECORDS))
  return { doc, records, schema: doc.getMap(Y_META).get(META_SCHEMA_KEY) }
}

describe('templateBoardUpdate', () => {
  it.each(TEMPLATE_IDS)('%s: every record in the doc passes checkBoardRecord', (templateId) => {
    const { records } = boardDoc(templateBoardUpdate(templateId))
    expect(records.map.size).toBeGreaterThan(2)
    for (const [key, { val }] of records.map) {
      expect(checkBoardRecord(schema, key, val), key).toMatchObject({ ok: true })
    }
    expect(records.get('document:document')).toBeDefined()
    expect(records.get('page:page')).toBeDefined()
  })

  it.each(TEMPLATE_IDS)(
    '%s: its records are what the room accepts from a client; its schema only the server writes (R30)',
    (templateId) => {
      const { doc } = boardDoc(templateBoardUpdate(templateId))
      const recordsOnly = new Y.Doc()
      recordsOnly.getArray(Y_RECORDS).push(doc.getArray(Y_RECORDS).toArray())
      const validator = new UpdateValidator()
      expect(validator.check(Y.encodeStateAsUpdate(recordsOnly), roomDoc())).toMatchObject({
        ok: true,
      })
      expect(validator.check(templateBoardUpdate(templateId), roomDoc())).toMatchObject({
        ok: false,
      })
    },
  )

  it('R31: a blank board is made with the schema alone', () => {
    const { records, schema: written } = boardDoc(blankBoardUpdate())
    expect(written).toEqual(schema.serialize())
    expect(records.map.size).toBe(0)
  })

  it.each(TEMPLATE_IDS)(
    '%s: loads into a headless tldraw store as a client loads it, with nothing to write back',
    (templateId) => {
      const board = boardDoc(templateBoardUpdate(templateId))
      expect(board.schema).toEqual(schema.serialize())
      const stored: Record<string, TLRecord> = {}
      for (const [key, { val }] of board.records.map) stored[key] = val as TLRecord
      const migrated = schema.migrateStoreSnapshot({ store: stored, schema: schema.serialize() })
      expect(migrated.type).toBe('success')
      const store = new Store<TLRecord, TLStoreProps>({
        schema,
        props: { defaultName: '', onMount: () => {} } as unknown as TLStoreProps,
      })
      store.mergeRemoteChanges(() => store.put(Object.values(stored)))
      // The integrity check ran; what the client would write back is what differs.
      expect(store.serialize('document')).toEqual(stored)
    },
  )
})
