import type { WebSocket } from 'ws'
import type { RoomSocket } from '../room/RoomSocket.js'

/** A `ws` socket seen through the room's {@link RoomSocket}. */
export function wsRoomSocket(ws: WebSocket): RoomSocket {
  return {
    send: (data) => ws.send(data, { binary: true }),
    close: (code, reason) => ws.close(code, reason),
    get bufferedAmount() {
      return ws.bufferedAmount
    },
  }
}

/** A message as `ws` delivers it, whatever its `binaryType`, as bytes. */
export function messageBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return data
}
