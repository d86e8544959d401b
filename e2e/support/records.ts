import { createShapeId, toRichText, type TLGeoShape, type TLPageId } from '@tldraw/tlschema'
import { boardSchema } from '@common-ground/shared'

/** The id of the page tldraw creates in a new document (`getDefaultPages` in tlschema's TLStore). */
export const DEFAULT_PAGE_ID = 'page:page' as TLPageId

export interface GeoShapeOptions {
  x: number
  y: number
  w: number
  h: number
  label: string
  parentId?: TLPageId
}

/**
 * A complete rectangle record, every prop spelled out as tldraw's editor would write it,
 * and checked against the board schema so that a test using it cannot be thrown off by
 * a record the client is right to reject.
 */
export function geoShapeRecord({
  x,
  y,
  w,
  h,
  label,
  parentId = DEFAULT_PAGE_ID,
}: GeoShapeOptions): TLGeoShape {
  const record: TLGeoShape = {
    id: createShapeId(),
    typeName: 'shape',
    type: 'geo',
    x,
    y,
    rotation: 0,
    index: 'a1' as TLGeoShape['index'],
    parentId,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      geo: 'rectangle',
      dash: 'draw',
      url: '',
      w,
      h,
      growY: 0,
      scale: 1,
      flipX: false,
      flipY: false,
      labelColor: 'black',
      color: 'blue',
      fill: 'semi',
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      richText: toRichText(label),
    },
  }
  boardSchema().types.shape.validate(record)
  return record
}
