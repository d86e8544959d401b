export * from './sessionRecord.js'
