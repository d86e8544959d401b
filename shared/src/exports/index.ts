export * from './recordInputs.js'
export * from './tldrFile.js'
