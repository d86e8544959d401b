import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import { WebSocket, type ClientOptions } from 'ws'
import * as encoding from 'lib0/encoding'
import { MessageType, SyncMessageType } from '@common-ground/shared'

/**
 * Sockets that misbehave on purpose, and the messages they send. Outcomes are events the
 * tests await (a close, a reply, an HTTP status), each bounded by a timeout.
 */

const OUTCOME_TIMEOUT_MS = 10_000

export type Outcome =
  /** The server closed the socket with this code. */
  | { kind: 'closed'; code: number }
  /** The server answered the probe that followed the payload, so it carried on. */
  | { kind: 'answered' }
  /** The upgrade was refused with this HTTP status. */
  | { kind: 'refused'; status: number }

/** `varUint(Sync) varUint(Step1) varUint8Array(emptyStateVector)`: asks for the whole board. */
export function syncStep1All(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncMessageType.Step1)
  encoding.writeVarUint8Array(encoder, new Uint8Array([0]))
  return encoding.toUint8Array(encoder)
}

/** A sync update message around `update`, whatever it holds. */
export function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncMessageType.Update)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An awareness message around `update`, whatever it holds. */
export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An awareness update of `states` (client id, clock, JSON state), encoded as y-protocols does. */
export function awarenessUpdate(states: { id: number; clock: number; state: unknown }[]) {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, states.length)
  for (const { id, clock, state } of states) {
    encoding.writeVarUint(encoder, id)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, JSON.stringify(state))
  }
  return encoding.toUint8Array(encoder)
}

/** A varUint as lib0 writes it, for any safe integer (up to 2^53 - 1) or beyond. */
export function varUint(value: number | bigint): Uint8Array {
  const bytes: number[] = []
  let n = BigInt(value)
  while (n > 0x7fn) {
    bytes.push(Number(n & 0x7fn) | 0x80)
    n >>= 7n
  }
  bytes.push(Number(n))
  return Uint8Array.from(bytes)
}

export const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]))

/**
 * Opens a WebSocket, sends `payloads`, then a sync step 1 as a probe, and resolves with
 * what the server did: closed the socket (with its code) or answered the probe with
 * sync step 2 (so it read the payloads and carried on). The socket is closed afterwards.
 */
export function sendAndObserve(
  url: string,
  payloads: readonly Uint8Array[],
  options: ClientOptions = {},
): Promise<Outcome> {
  return new Promise<Outcome>((resolve, reject) => {
    const ws = new WebSocket(url, options)
    const timer = setTimeout(() => {
      ws.terminate()
      reject(new Error(`no close, answer or refusal within ${OUTCOME_TIMEOUT_MS} ms`))
    }, OUTCOME_TIMEOUT_MS)
    const done = (outcome: Outcome) => {
      clearTimeout(timer)
      resolve(outcome)
    }
    let probing = false
    ws.on('error', () => {})
    ws.on('unexpected-response', (_req, res) => {
      res.resume()
      done({ kind: 'refused', status: res.statusCode ?? 0 })
      ws.terminate()
    })
    ws.on('close', (code) => done({ kind: 'closed', code }))
    ws.on('message', (data: Buffer) => {
      // The reply to our probe: Sync, Step2. The greeting is Sync, Step1.
      if (probing && data[0] === MessageType.Sync && data[1] === SyncMessageType.Step2) {
        done({ kind: 'answered' })
        ws.close()
      }
    })
    ws.on('open', () => {
      for (const payload of payloads) ws.send(payload)
      probing = true
      ws.send(syncStep1All())
    })
  })
}

/**
 * A WebSocket client written by hand over a TCP socket, so that it can stop reading:
 * Node then leaves bytes in the kernel, the server's send buffer fills, and `ws`'s
 * `bufferedAmount` grows. Frames it sends are masked as RFC 6455 requires.
 */
export class RawWebSocket {
  private constructor(private readonly socket: Socket) {}

  /** Completes the upgrade to `path` (reading the 101 answer), then stops reading. */
  static async open(
    host: string,
    port: number,
    path: string,
    headers: Record<string, string>,
  ): Promise<RawWebSocket> {
    const socket = await upgradedSocket(host, port, path, headers)
    // From here on nothing is read: no 'data' listener, and the stream stays paused.
    socket.pause()
    return new RawWebSocket(socket)
  }

  /** Writes one masked binary frame. Resolves once the kernel has taken it. */
  send(payload: Uint8Array): Promise<void> {
    return new Promise((resolve) =>
      this.socket.write(rawFrame({ opcode: 0x2, payload }), () => resolve()),
    )
  }

  /** True until the server (or we) closed the TCP connection. */
  get open(): boolean {
    return !this.socket.destroyed
  }

  destroy(): void {
    this.socket.destroy()
  }
}

/** A TCP socket that has completed the WebSocket upgrade to `path`; nothing read beyond. */
async function upgradedSocket(
  host: string,
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<Socket> {
  const socket = connect({ host, port })
  socket.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  const lines = [
    `GET ${path} HTTP/1.1`,
    `Host: ${host}:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ]
  socket.write(`${lines.join('\r\n')}\r\n\r\n`)
  const head = await readHead(socket)
  if (!head.startsWith('HTTP/1.1 101')) {
    socket.destroy()
    throw new Error(`upgrade refused: ${head.split('\r\n')[0]}`)
  }
  return socket
}

/**
 * Upgrades, writes `bytes` as they are (broken frames, not messages), optionally ends the
 * TCP stream, and resolves with the close code of the server's close frame, or 1006 if it
 * dropped the connection without one.
 */
export async function sendRawFrames(
  host: string,
  port: number,
  path: string,
  headers: Record<string, string>,
  bytes: Uint8Array,
  end = false,
): Promise<Outcome> {
  const socket = await upgradedSocket(host, port, path, headers)
  return new Promise<Outcome>((resolve, reject) => {
    let received = Buffer.alloc(0)
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`the server kept a broken frame stream open ${OUTCOME_TIMEOUT_MS} ms`))
    }, OUTCOME_TIMEOUT_MS)
    const done = (code: number) => {
      clearTimeout(timer)
      socket.destroy()
      resolve({ kind: 'closed', code })
    }
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      const code = closeCodeIn(received)
      if (code !== null) done(code)
    })
    socket.on('close', () => done(closeCodeIn(received) ?? 1006))
    if (end) socket.end(bytes)
    else socket.write(bytes)
  })
}

/** The code of the first close frame in a stream of unmasked server frames, if complete. */
function closeCodeIn(stream: Buffer): number | null {
  let at = 0
  while (at + 2 <= stream.length) {
    const opcode = stream[at]! & 0x0f
    let length = stream[at + 1]! & 0x7f
    let header = 2
    if (length === 126) {
      if (at + 4 > stream.length) return null
      length = stream.readUInt16BE(at + 2)
      header = 4
    } else if (length === 127) {
      if (at + 10 > stream.length) return null
      length = Number(stream.readBigUInt64BE(at + 2))
      header = 10
    }
    if (at + header + length > stream.length) return null
    if (opcode === 0x8) return length >= 2 ? stream.readUInt16BE(at + header) : 1005
    at += header + length
  }
  return null
}

/** A masked client frame with any header bits and any declared length. */
export function rawFrame(options: {
  fin?: boolean
  rsv?: number
  opcode: number
  masked?: boolean
  payload: Uint8Array
  /** The length the header claims; the payload's own length when absent. */
  declaredLength?: bigint
}): Uint8Array {
  const { fin = true, rsv = 0, opcode, masked = true, payload } = options
  const declared = options.declaredLength ?? BigInt(payload.length)
  const header: number[] = [(fin ? 0x80 : 0) | ((rsv & 0x7) << 4) | (opcode & 0x0f)]
  const maskBit = masked ? 0x80 : 0
  if (declared < 126n) header.push(maskBit | Number(declared))
  else if (declared < 65536n)
    header.push(maskBit | 126, Number(declared >> 8n), Number(declared & 0xffn))
  else {
    header.push(maskBit | 127)
    for (let shift = 56n; shift >= 0n; shift -= 8n) header.push(Number((declared >> shift) & 0xffn))
  }
  const body = Buffer.from(payload)
  if (!masked) return Buffer.concat([Buffer.from(header), body])
  const mask = randomBytes(4)
  for (let i = 0; i < body.length; i++) body[i]! ^= mask[i % 4]!
  return Buffer.concat([Buffer.from(header), mask, body])
}

function readHead(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0)
    const timer = setTimeout(() => reject(new Error('no upgrade answer')), OUTCOME_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      const end = received.indexOf('\r\n\r\n')
      if (end === -1) return
      clearTimeout(timer)
      socket.off('data', onData)
      // Bytes after the head (the server's greeting) go back, unread.
      if (received.length > end + 4) socket.unshift(received.subarray(end + 4))
      resolve(received.subarray(0, end).toString('latin1'))
    }
    socket.on('data', onData)
    socket.once('close', () => reject(new Error('closed during the upgrade')))
  })
}

/**
 * Sends raw bytes to the HTTP port and resolves with the status line the server answered,
 * or 'closed' if it dropped the connection without one. Never resolves to a 101.
 */
export function rawRequest(host: string, port: number, bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port })
    let received = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer to a garbage request within ${OUTCOME_TIMEOUT_MS} ms`))
    }, OUTCOME_TIMEOUT_MS)
    socket.on('error', () => {})
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
      const line = received.split('\r\n')[0]!
      if (received.includes('\r\n')) {
        clearTimeout(timer)
        socket.destroy()
        resolve(line)
      }
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(received === '' ? 'closed' : received.split('\r\n')[0]!)
    })
    socket.on('connect', () => socket.end(bytes))
  })
}

/**
 * Opens a WebSocket and resolves once the server has either greeted it (it was admitted to
 * the room: `answered`) or closed it. The socket stays open until `close()`, so that many
 * of them can be held at once.
 */
export function openAndHold(
  url: string,
  options: ClientOptions = {},
): Promise<{ outcome: Outcome; close: () => void }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options)
    const close = () => ws.close()
    const timer = setTimeout(() => {
      ws.terminate()
      reject(new Error(`no greeting or close within ${OUTCOME_TIMEOUT_MS} ms`))
    }, OUTCOME_TIMEOUT_MS)
    const done = (outcome: Outcome) => {
      clearTimeout(timer)
      resolve({ outcome, close })
    }
    ws.on('error', () => {})
    ws.on('unexpected-response', (_req, res) => {
      res.resume()
      done({ kind: 'refused', status: res.statusCode ?? 0 })
      ws.terminate()
    })
    ws.once('message', () => done({ kind: 'answered' }))
    ws.on('close', (code) => done({ kind: 'closed', code }))
  })
}
