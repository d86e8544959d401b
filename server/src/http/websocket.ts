import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Logger } from 'pino'
import { WebSocketServer, type WebSocket } from 'ws'
import { isBoardId, WS_PATH, type BoardId, type Limits } from '@common-ground/shared'
import { authenticate } from '../auth/authenticate.js'
import type { PersonKeys } from '../auth/personIdentity.js'
import type { RoomManager } from '../room/RoomManager.js'
import type { BoardStore } from '../storage/BoardStore.js'
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

export interface WebSocketOptions {
  rooms: RoomManager
  store: BoardStore
  limits: Limits
  logger: Logger
  persons: PersonKeys
}

const REFUSALS = {
  400: ['Bad Request', 'That board address is not valid.'],
  401: ['Unauthorized', 'This link is not valid for this board.'],
  404: ['Not Found', 'This board does not exist.'],
  500: ['Internal Server Error', 'The server hit an unexpected error.'],
  503: ['Service Unavailable', 'The server is restarting.'],
} as const

/**
 * Accepts WebSocket upgrades at `${WS_PATH}/<boardId>` from a request that proves a role
 * on that board (cookie or bearer token, see auth/authenticate.ts), and hands each socket
 * to its room with that role. Anything else is answered with a plain HTTP error before the
 * upgrade. Messages over `limits.maxMessageBytes` are refused by `ws` itself with 1009.
 */
export function attachWebSockets(
  server: Server,
  { rooms, store, limits, logger, persons }: WebSocketOptions,
): WebSocketEndpoint {
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes })
  const alive = new WeakSet<WebSocket>()
  let accepting = true

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => logger.debug({ error: String(error) }, 'upgrade socket error'))
    // Whatever happens below, a socket that is not a WebSocket by then is dropped.
    const deadline =
      limits.handshakeTimeoutMs > 0
        ? setTimeout(() => socket.destroy(), limits.handshakeTimeoutMs)
        : undefined
    deadline?.unref()
    socket.once('close', () => clearTimeout(deadline))
    const upgrade = async () => {
      if (!accepting) return refuse(socket, 503)
      const boardId = boardIdOfPath(req.url)
      if (boardId === null) return refuse(socket, 400)
      const auth = await authenticate(store.boards, boardId, req.headers)
      if (!auth.ok) {
        logger.debug({ boardId, status: auth.status, headers: req.headers }, 'upgrade refused')
        return refuse(socket, auth.status)
      }
      if (!accepting) return refuse(socket, 503)
      if (socket.destroyed) return
      const { role, board } = auth
      // A4/A13: the browser's signed person cookie, else the person of the bearer token.
      const personId = persons.ofHeaders(req.headers) ?? persons.ofToken(boardId, auth.token)
      wss.handleUpgrade(req, socket, head, (ws) => {
        clearTimeout(deadline)
        ws.binaryType = 'nodebuffer'
        alive.add(ws)
        const connection = rooms.connect(boardId, wsRoomSocket(ws), {
          role,
          archived: board.archived,
          personId,
        })
        ws.on('message', (data) => connection.receive(messageBytes(data)))
        ws.on('close', () => connection.close())
        ws.on('pong', () => alive.add(ws))
        ws.on('error', (error) => logger.debug({ boardId, error: String(error) }, 'socket error'))
      })
    }
    upgrade().catch((error: unknown) => {
      logger.error({ err: error }, 'upgrade failed')
      refuse(socket, 500)
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
function refuse(socket: Duplex, status: keyof typeof REFUSALS): void {
  const [statusText, message] = REFUSALS[status]
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\n` +
        `Content-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n` +
        `Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
    )
  }
  socket.destroy()
}
