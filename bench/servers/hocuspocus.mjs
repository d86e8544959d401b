// The Hocuspocus anchor: a minimal in-memory server (no extensions, no persistence), as
// its README starts one. Prints `LISTENING <port>` once it accepts connections.
import { Server } from '@hocuspocus/server'

const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: '127.0.0.1',
  quiet: true,
})
await server.listen()
console.log(`LISTENING ${server.address.port}`)
const stop = () => server.destroy().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
