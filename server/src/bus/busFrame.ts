import { CLOSE_REASONS, ROLES, type CloseCode, type Role } from '@common-ground/shared'
import type { BoardEvent } from './BoardBus.js'

/**
 * How a {@link BoardEvent} travels through Redis (R71): one binary frame, so Yjs and
 * awareness bytes go as they are, never through base64 or JSON.
 *
 *   u32 big-endian length of the header | header (UTF-8 JSON) | body (the event's bytes)
 *
 * The header names the sending bus (to skip our own frames), the time it was sent (for the
 * lag metric) and the event without its bytes.
 */
export interface BusFrame {
  /** The bus instance that sent it. */
  sender: string
  /** ms since the epoch at publish. */
  sentAt: number
  event: BoardEvent
}

type Header =
  | { s: string; t: number; type: 'update'; seq: number; origin: string }
  | { s: string; t: number; type: 'awareness'; origin: string }
  | { s: string; t: number; type: 'close'; roles: Role[]; code: CloseCode; origin: string }
  | { s: string; t: number; type: 'catch-up'; origin: string }

export function encodeBusFrame({ sender, sentAt, event }: BusFrame): Buffer {
  let header: Header
  let body: Uint8Array = new Uint8Array(0)
  switch (event.type) {
    case 'update':
      header = { s: sender, t: sentAt, type: 'update', seq: event.seq, origin: event.origin }
      body = event.update
      break
    case 'awareness':
      header = { s: sender, t: sentAt, type: 'awareness', origin: event.origin }
      body = event.update
      break
    case 'close':
      header = { s: sender, t: sentAt, ...event }
      break
    case 'catch-up':
      header = { s: sender, t: sentAt, ...event }
      break
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const frame = Buffer.allocUnsafe(4 + json.byteLength + body.byteLength)
  frame.writeUInt32BE(json.byteLength, 0)
  json.copy(frame, 4)
  frame.set(body, 4 + json.byteLength)
  return frame
}

/** Reads a frame; null for anything that is not one (another program on the channel). */
export function decodeBusFrame(frame: Buffer): BusFrame | null {
  try {
    if (frame.byteLength < 4) return null
    const length = frame.readUInt32BE(0)
    if (4 + length > frame.byteLength) return null
    const header = JSON.parse(frame.subarray(4, 4 + length).toString('utf8')) as Header
    // A copy: the bytes outlive the frame's buffer in rooms' docs and queues.
    const body = new Uint8Array(frame.subarray(4 + length))
    if (typeof header.s !== 'string' || typeof header.t !== 'number') return null
    if (typeof header.origin !== 'string') return null
    const frameOf = (event: BoardEvent): BusFrame => ({ sender: header.s, sentAt: header.t, event })
    switch (header.type) {
      case 'update':
        if (!Number.isSafeInteger(header.seq) || header.seq < 1) return null
        return frameOf({ type: 'update', seq: header.seq, update: body, origin: header.origin })
      case 'awareness':
        return frameOf({ type: 'awareness', update: body, origin: header.origin })
      case 'close':
        if (!Array.isArray(header.roles) || !header.roles.every((role) => ROLES.includes(role))) {
          return null
        }
        if (!(header.code in CLOSE_REASONS)) return null
        return frameOf({
          type: 'close',
          roles: header.roles,
          code: header.code,
          origin: header.origin,
        })
      case 'catch-up':
        return frameOf({ type: 'catch-up', origin: header.origin })
      default:
        return null
    }
  } catch {
    return null
  }
}
