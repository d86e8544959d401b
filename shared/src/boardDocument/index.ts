export * from './boardSchema.js'
export * from './BoardDocument.js'
export * from './newBoardUpdate.js'
export * from './readBoardDocument.js'
