import { toRichText, type TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { createBoardSchema } from '../schema.js'
import { plainTextOf, RELATION_SEQUENCE_ID } from './relationMigrations.js'

/** A board saved before the relation was an id only: its schema lacks our sequence. */
function oldBoard(arrows: { id: string; relation?: string; text: string }[]) {
  const schema = createBoardSchema().serialize()
  const { [RELATION_SEQUENCE_ID]: _ours, ...sequences } = schema.sequences
  const store: Record<string, unknown> = {}
  for (const arrow of arrows) {
    store[`shape:${arrow.id}`] = {
      id: `shape:${arrow.id}`,
      typeName: 'shape',
      type: 'arrow',
      x: 0,
      y: 0,
      rotation: 0,
      index: 'a1',
      parentId: 'page:page',
      isLocked: false,
      opacity: 1,
      meta: arrow.relation ? { relation: arrow.relation } : {},
      props: { richText: toRichText(arrow.text) },
    }
  }
  return { schema: { ...schema, sequences }, store }
}

describe('the relation migration', () => {
  it('empties an arrow text that only named its relation, in any language, and keeps the rest', () => {
    const board = oldBoard([
      { id: 'english', relation: 'refers-to', text: 'refers to' },
      { id: 'welsh', relation: 'supports', text: 'yn cefnogi' },
      { id: 'typed', relation: 'knows', text: 'since school' },
      { id: 'drawing', text: 'knows' },
    ])
    const result = createBoardSchema().migrateStoreSnapshot({
      schema: board.schema,
      store: board.store as never,
    })
    expect(result.type).toBe('success')
    const records = (result as { value: Record<string, TLRecord> }).value
    const text = (id: string) =>
      plainTextOf(
        (records[`shape:${id}`] as unknown as { props: { richText: unknown } }).props.richText,
      )
    expect(text('english')).toBe('')
    expect(text('welsh')).toBe('')
    expect(text('typed')).toBe('since school')
    // Not a connection (no relation id): an ordinary drawing's text is left alone.
    expect(text('drawing')).toBe('knows')
  })

  it('is part of the board schema the server and the client share', () => {
    expect(Object.keys(createBoardSchema().serialize().sequences)).toContain(RELATION_SEQUENCE_ID)
  })
})
