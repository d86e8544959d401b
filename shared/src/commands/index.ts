export * from './commands.js'
export * from './sessionCommands.js'
