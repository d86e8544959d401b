export * from './buildTemplateRecords.js'
export * from './templateList.js'
export {
  GEO_SHAPE_DEFAULT_PROPS,
  geoShapeRecord,
  shapeRecord,
  type Placed,
} from './shapeRecords.js'
