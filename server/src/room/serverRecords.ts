import type { TLShapeId } from '@tldraw/tlschema'
import { boardSchema } from '@common-ground/shared'

/**
 * A hidden server-only record (a vote, private mode, voice balance): the one there with
 * new props, or a new one under `parentId`. Made through the board schema, so it has
 * every field a client's store expects.
 */
export function serverShape<P extends object>(
  existing: unknown,
  fields: { id: string; type: string; parentId: string; props: P },
): { id: string; [field: string]: unknown } {
  if (isShapeOf(existing, fields.type)) return { ...existing, props: fields.props }
  return boardSchema().types.shape.create({
    id: fields.id as TLShapeId,
    type: fields.type as never,
    parentId: fields.parentId as TLShapeId,
    index: 'a0' as never,
    x: 0,
    y: 0,
    props: fields.props as never,
  }) as unknown as { id: string }
}

export function isShapeOf(
  record: unknown,
  type: string,
): record is {
  id: string
  typeName: 'shape'
  type: string
  parentId: string
  props: Record<string, unknown>
} {
  if (typeof record !== 'object' || record === null) return false
  const r = record as Record<string, unknown>
  return (
    r.typeName === 'shape' && r.type === type && typeof r.props === 'object' && r.props !== null
  )
}
