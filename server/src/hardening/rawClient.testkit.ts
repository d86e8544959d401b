import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { WebSocket } from 'ws'
import * as Y from 'yjs'
import {
  apiPaths,
  MessageType,
  PERSON_COOKIE_NAME,
  sessionCookieName,
  SyncMessageType,
  Y_RECORDS,
  type BoardInfo,
  type CommandReply,
} from '@common-ground/shared'

/**
 * A raw y-websocket client on a real server: opens with sync step 1 like the provider,
 * answers nothing, and keeps every byte it receives, so a test can say what never
 * reached it.
 */
export class RawClient {
  readonly received: Buffer[] = []
  readonly doc = new Y.Doc()
  private readonly replies = new Map<number, (reply: CommandReply) => void>()
  readonly opened: Promise<void>

  constructor(readonly ws: WebSocket) {
    ws.binaryType = 'nodebuffer'
    ws.on('message', (data: Buffer) => {
      this.received.push(data)
      const decoder = decoding.createDecoder(new Uint8Array(data))
      const type = decoding.readVarUint(decoder)
      if (type === MessageType.Sync) {
        const sync = decoding.readVarUint(decoder)
        if (sync !== SyncMessageType.Step1)
          Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder))
      } else if (type === MessageType.Command) {
        const id = decoding.readVarUint(decoder)
        this.replies.get(id)?.(JSON.parse(decoding.readVarString(decoder)) as CommandReply)
      }
    })
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => {
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, MessageType.Sync)
        encoding.writeVarUint(encoder, SyncMessageType.Step1)
        encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc))
        ws.send(encoding.toUint8Array(encoder))
        resolve()
      })
      ws.once('error', reject)
    })
  }

  private nextId = 1
  command(body: unknown): Promise<CommandReply> {
    const id = this.nextId++
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Command)
    encoding.writeVarUint(encoder, id)
    encoding.writeVarString(encoder, JSON.stringify(body))
    this.ws.send(encoding.toUint8Array(encoder))
    return new Promise((resolve) => this.replies.set(id, resolve))
  }

  records(): { type?: string; props?: unknown }[] {
    return this.doc
      .getArray<{ val: { type?: string; props?: unknown } }>(Y_RECORDS)
      .map((e) => e.val)
  }

  /** Sends a change made on this client's doc, as y-websocket sends a local update. */
  write(change: (doc: Y.Doc) => void): void {
    const updates: Uint8Array[] = []
    const capture = (update: Uint8Array) => updates.push(update)
    this.doc.on('update', capture)
    this.doc.transact(() => change(this.doc))
    this.doc.off('update', capture)
    for (const update of updates) {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.Sync)
      encoding.writeVarUint(encoder, SyncMessageType.Update)
      encoding.writeVarUint8Array(encoder, update)
      this.ws.send(encoding.toUint8Array(encoder))
    }
  }

  /** Everything received so far, as text. */
  text(): string {
    return Buffer.concat(this.received).toString('latin1')
  }

  close(): void {
    this.ws.close()
  }
}

/**
 * A browser's session on a board: swaps a link's token for the session and person
 * cookies (A12), as the page does, so raw clients opened with `cookies` are one person.
 */
export async function browserSession(
  serverUrl: string,
  boardId: string,
  token: string,
): Promise<{ info: BoardInfo; cookies: string }> {
  const session = await fetch(serverUrl + apiPaths.session(boardId as BoardInfo['id']), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  })
  const info = (await session.json()) as BoardInfo
  const cookies = session.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .filter(
      (pair) =>
        pair.startsWith(PERSON_COOKIE_NAME) ||
        pair.startsWith(sessionCookieName(boardId as BoardInfo['id'])),
    )
    .join('; ')
  return { info, cookies }
}
