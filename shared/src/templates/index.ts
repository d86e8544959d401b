export * from './buildTemplateRecords.js'
export * from './templateList.js'
