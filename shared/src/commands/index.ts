export * from './commands.js'
export * from './voteCommands.js'
export * from './privateCommands.js'
export * from './balanceCommands.js'
