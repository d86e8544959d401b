export * from './tldrFile.js'
