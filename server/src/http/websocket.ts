import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Logger } from 'pino'
import { WebSocketServer, type WebSocket } from 'ws'
import { isBoardId, WS_PATH, type BoardId, type Limits } from '@common-ground/shared'
import type { RoomManager } from '../room/RoomManager.js'
import { messageBytes, wsRoomSocket } from './wsRoomSocket.js'

/** Ping every socket this often; one that has not answered the previous ping is dropped. */
const HEARTBEAT_MS = 30_000

export interface WebSocketEndpoint {
  /** Refuses new upgrades and stops the heartbeat; open sockets are the rooms' to close. */
  stopAccepting(): void
  /**
   * Waits up to `graceMs` for the sockets' close handshakes (so clients receive the code
   * the room sent), then terminates whatever is still open.
   */
  close(graceMs?: number): Promise<void>
}

/**
 * Accepts WebSocket upgrades at `${WS_PATH}/<boardId>` and hands each socket to its room.
 * Messages over `limits.maxMessageBytes` are refused by `ws` itself with close code 1009.
 */
export function attachWebSockets(
  server: Server,
  rooms: RoomManager,
  limits: Limits,
  logger: Logger,
): WebSocketEndpoint {
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes })
  const alive = new WeakSet<WebSocket>()
  let accepting = true

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => logger.debug({ error: String(error) }, 'upgrade socket error'))
    if (!accepting) return refuse(socket, 503, 'Service Unavailable', 'The server is restarting.')
    const boardId = boardIdOfPath(req.url)
    if (boardId === null) {
      return refuse(socket, 400, 'Bad Request', 'That board address is not valid.')
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.binaryType = 'nodebuffer'
      alive.add(ws)
      const connection = rooms.connect(boardId, wsRoomSocket(ws))
      ws.on('message', (data) => connection.receive(messageBytes(data)))
      ws.on('close', () => connection.close())
      ws.on('pong', () => alive.add(ws))
      ws.on('error', (error) => logger.debug({ boardId, error: String(error) }, 'socket error'))
    })
  })

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate()
        continue
      }
      alive.delete(ws)
      ws.ping()
    }
  }, HEARTBEAT_MS)
  heartbeat.unref()

  return {
    stopAccepting() {
      accepting = false
      clearInterval(heartbeat)
    },
    async close(graceMs = 1000) {
      const open = [...wss.clients].map(
        (ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())),
      )
      let timer: NodeJS.Timeout | undefined
      const gracePeriod = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))
      await Promise.race([Promise.all(open), gracePeriod])
      clearTimeout(timer)
      for (const ws of wss.clients) ws.terminate()
      wss.close()
    },
  }
}

/** The board of `/ws/<boardId>` (any query string ignored), or null. */
export function boardIdOfPath(url: string | undefined): BoardId | null {
  const { pathname } = new URL(url ?? '/', 'http://localhost')
  const prefix = `${WS_PATH}/`
  if (!pathname.startsWith(prefix)) return null
  const id = pathname.slice(prefix.length)
  return isBoardId(id) ? id : null
}

/** Answers an upgrade request with a plain HTTP error and drops the connection. */
function refuse(socket: Duplex, status: number, statusText: string, message: string): void {
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
    )
  }
  socket.destroy()
}
