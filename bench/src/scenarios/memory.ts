import { connectClient, connectMany, type SimClient } from '../clients'
import { startServer, type ServerKind } from '../servers'
import { sleep } from '../stats'
import { fillBoard } from './coldLoad'

export interface MemoryResult {
  server: ServerKind
  idleConnections: number
  bytesPerIdleConnection: number
  loadedBoards: number
  shapesPerBoard: number
  bytesPerLoadedBoard: number
}

const SETTLE_MS = 2000

/**
 * Resident memory of the server process (VmRSS) before and after `connections` idle
 * clients join one board, then before and after `boards` boards of `shapesPerBoard`
 * shapes are loaded (one idle client each, whose own cost is subtracted). RSS includes
 * garbage not yet collected, so treat the figures as estimates.
 */
export async function runMemory(
  kind: ServerKind,
  connections: number,
  boards: number,
  shapesPerBoard = 200,
): Promise<MemoryResult> {
  const server = await startServer(kind)
  const clients: SimClient[] = []
  try {
    const room = await server.newRoom('bench memory')
    const first = connectClient(server, room)
    clients.push(first)
    await first.synced
    await sleep(SETTLE_MS)
    const rss0 = server.memory().rss
    clients.push(...(await connectMany(server, room, connections, 60_000)))
    await sleep(SETTLE_MS)
    const rss1 = server.memory().rss
    const perConnection = (rss1 - rss0) / connections
    for (let b = 0; b < boards; b++) {
      const board = await server.newRoom(`bench memory ${b}`)
      const keeper = connectClient(server, board)
      clients.push(keeper)
      await keeper.synced
      await fillBoard(server, board, shapesPerBoard)
    }
    await sleep(SETTLE_MS)
    const rss2 = server.memory().rss
    return {
      server: kind,
      idleConnections: connections,
      bytesPerIdleConnection: perConnection,
      loadedBoards: boards,
      shapesPerBoard,
      bytesPerLoadedBoard: (rss2 - rss1) / boards - perConnection,
    }
  } finally {
    for (const client of clients) client.destroy()
    await server.stop()
  }
}
