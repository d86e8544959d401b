import { GEO_SHAPE_DEFAULT_PROPS } from '@common-ground/shared'

/**
 * Records as the client writes them: a valid tldraw geo shape (the server validates every
 * record, server/PROTOCOL.md R17), keyed by its id in the board's YKeyValue. The bench
 * stamps the send time in `meta.sentAt` (meta is free-form JSON) to measure latency.
 */
export const PAGE_ID = 'page:page'

export interface GeoShapeRecord {
  id: string
  typeName: 'shape'
  type: 'geo'
  x: number
  y: number
  rotation: number
  index: string
  parentId: string
  isLocked: boolean
  opacity: number
  meta: { sentAt?: number }
  props: Record<string, unknown>
}

export function geoShape(id: string, x: number, y: number, sentAt?: number): GeoShapeRecord {
  return {
    id,
    typeName: 'shape',
    type: 'geo',
    x,
    y,
    rotation: 0,
    index: 'a1',
    parentId: PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: sentAt === undefined ? {} : { sentAt },
    props: {
      ...GEO_SHAPE_DEFAULT_PROPS,
      w: 160,
      h: 90,
      richText: { type: 'doc', content: [{ type: 'paragraph' }] },
    },
  }
}

export function pageRecord() {
  return { id: PAGE_ID, typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }
}
