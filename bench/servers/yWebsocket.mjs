// The y-websocket 1.5 reference server: its own `setupWSConnection` (bin/utils.js) on a
// plain `ws` server, in memory (no YPERSISTENCE). Prints `LISTENING <port>`.
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { WebSocketServer } from 'ws'

const require = createRequire(import.meta.url)
const { setupWSConnection } = require('y-websocket-legacy/bin/utils')

const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' })
  res.end('okay')
})
const wss = new WebSocketServer({ server })
wss.on('connection', (conn, req) => setupWSConnection(conn, req, { gc: true }))
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`LISTENING ${server.address().port}`)
})
const stop = () => {
  for (const client of wss.clients) client.terminate()
  server.close(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
