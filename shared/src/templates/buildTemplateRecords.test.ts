import { Store } from '@tldraw/store'
import type { TLRecord, TLStoreProps } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { createBoardSchema } from '../schema.js'
import { checkBoardRecord } from '../validation/records.js'
import { GRID_TYPE } from '../coproduction/grid.js'
import { LADDER_TYPE } from '../coproduction/ladder.js'
import { SIX_ELEMENTS_TYPE } from '../coproduction/sixElements.js'
import { buildTemplateBoard, buildTemplateRecords } from './buildTemplateRecords.js'
import { isTemplateId, TEMPLATE_IDS, TEMPLATES } from './templateList.js'

const schema = createBoardSchema()

describe('buildTemplateRecords', () => {
  it.each(TEMPLATE_IDS)('%s: every record is a valid board record', (templateId) => {
    const records = buildTemplateBoard(templateId)
    for (const record of JSON.parse(JSON.stringify(records)) as unknown[]) {
      const id = (record as { id: string }).id
      expect(checkBoardRecord(schema, id, record), id).toMatchObject({ ok: true })
    }
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length)
  })

  it.each(TEMPLATE_IDS)(
    '%s: loads into a tldraw store whose integrity check adds nothing',
    (templateId) => {
      const store = headlessStore()
      const records = buildTemplateBoard(templateId)
      store.mergeRemoteChanges(() => store.put(records))
      // The store's integrity check runs after merging; a document or page it had to add,
      // or a record it rewrote, would be written back by the client.
      expect(store.serialize('document')).toEqual(
        Object.fromEntries(records.map((record) => [record.id, record])),
      )
    },
  )

  it('locks every template shape and parents everything to a frame or the page', () => {
    const shapes = buildTemplateRecords('full-workshop')
    const ids = new Set(shapes.map((shape) => shape.id))
    for (const shape of shapes) {
      expect(shape.isLocked, shape.id).toBe(true)
      expect(shape.parentId === 'page:page' || ids.has(shape.parentId as never), shape.id).toBe(
        true,
      )
    }
  })

  it('full-workshop holds every activity once, in numbered frames that do not overlap', () => {
    const shapes = buildTemplateRecords('full-workshop')
    const frames = shapes.filter((shape) => shape.type === 'frame')
    expect(frames.map((frame) => (frame.props as { name: string }).name)).toEqual([
      '1. Our assets',
      '2. Our network',
      '3. Who plans, who delivers',
      '4. How much power is shared',
      '5. Is our service co-produced?',
    ])
    for (const [a, b] of frames.slice(1).map((frame, i) => [frames[i]!, frame] as const)) {
      expect(a.x + (a.props as { w: number }).w).toBeLessThan(b.x)
    }
    for (const type of [GRID_TYPE, LADDER_TYPE, SIX_ELEMENTS_TYPE]) {
      expect(shapes.filter((shape) => shape.type === type)).toHaveLength(1)
    }
  })

  it('single templates hold one unnumbered frame with instructions', () => {
    const shapes = buildTemplateRecords('coproduction-grid')
    expect(shapes.map((shape) => shape.type)).toEqual(['frame', 'text', GRID_TYPE])
    expect((shapes[0]!.props as { name: string }).name).toBe('Who plans, who delivers')
  })

  it('network-map draws four rings, Me innermost, on top of the larger ones', () => {
    const rings = buildTemplateRecords('network-map').filter((shape) => shape.type === 'geo')
    const sizes = rings.map((ring) => (ring.props as { w: number }).w)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    expect(rings.map((ring) => ring.index)).toEqual([...rings.map((r) => r.index)].sort())
    expect(rings).toHaveLength(4)
  })

  it('prefixes ids and moves the template when asked, so it can join an existing board', () => {
    const plain = buildTemplateRecords('ladder')
    const moved = buildTemplateRecords('ladder', { idPrefix: 'x1-', x: 500, y: -40 })
    expect(moved.map((shape) => shape.id)).toEqual(
      plain.map((shape) => shape.id.replace('shape:', 'shape:x1-')),
    )
    expect([moved[0]!.x, moved[0]!.y]).toEqual([500, -40])
    expect(moved[1]!.parentId).toBe(moved[0]!.id)
  })

  it('lists templates with ids the builder knows', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(TEMPLATE_IDS)
    expect(isTemplateId('ladder')).toBe(true)
    expect(isTemplateId('toString')).toBe(false)
  })
})

/** A store as tldraw's createTLStore builds it, without the editor: same schema and integrity check. */
function headlessStore() {
  return new Store<TLRecord, TLStoreProps>({
    schema,
    props: { defaultName: '', onMount: () => {} } as unknown as TLStoreProps,
  })
}
