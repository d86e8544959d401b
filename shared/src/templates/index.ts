export * from './buildTemplateRecords.js'
export * from './templateList.js'
export {
  drawShapeRecord,
  GEO_SHAPE_DEFAULT_PROPS,
  geoShapeRecord,
  shapeRecord,
  type Placed,
} from './shapeRecords.js'
