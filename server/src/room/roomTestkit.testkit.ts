import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { pino } from 'pino'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { TLPageId, TLShape, TLShapeId } from '@tldraw/tlschema'
import {
  createBoardSchema,
  DEFAULT_LIMITS,
  geoShapeRecord,
  MessageType,
  Y_META,
  Y_RECORDS,
  type BoardId,
  type CommandReply,
  type Limits,
  type Role,
} from '@common-ground/shared'
import type { BoardBus } from '../bus/BoardBus.js'
import { MemoryUpdateLog } from '../storage/memory/MemoryUpdateLog.js'
import type { UpdateLog } from '../storage/UpdateLog.js'
import { MemorySecretStore } from '../storage/MemorySecretStore.js'
import type { Schedule } from './Room.js'
import { RoomManager } from './RoomManager.js'
import type { RoomMetrics } from './RoomMetrics.js'
import type { ConnectionAccess, RoomConnection, RoomSocket } from './RoomSocket.js'

/**
 * Deterministic test rig for rooms: sockets hold messages until the test delivers them,
 * timers run when the test advances them, and stores can be held or made to fail.
 */

export const silentLogger = pino({ level: process.env.TEST_LOG ?? 'silent' })

/** The server end of an in-memory socket: keeps what the room sends until delivered. */
export class TestSocket implements RoomSocket {
  readonly outbox: Uint8Array[] = []
  closed: { code: number; reason: string } | null = null
  bufferedAmount = 0
  throwOnSend = false

  send(data: Uint8Array): void {
    if (this.throwOnSend) throw new Error('socket is broken')
    this.outbox.push(data)
  }

  close(code: number, reason: string): void {
    this.closed ??= { code, reason }
  }
}

/**
 * Timers that fire only when the test calls {@link ManualTimers.advance}, and the clock
 * rooms read for rate limits, which moves only then too.
 */
export class ManualTimers {
  private now = 0
  private tasks: { at: number; task: () => void }[] = []

  readonly clock = () => this.now

  readonly schedule: Schedule = (ms, task) => {
    const entry = { at: this.now + ms, task }
    this.tasks.push(entry)
    return () => {
      this.tasks = this.tasks.filter((t) => t !== entry)
    }
  }

  advance(ms: number): void {
    this.now += ms
    const due = this.tasks.filter((t) => t.at <= this.now)
    this.tasks = this.tasks.filter((t) => t.at > this.now)
    for (const { task } of due) task()
  }
}

/** A promise the test resolves or rejects when it chooses. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/**
 * A memory update log whose calls can be held at a gate or made to fail. Two of them on
 * one MemoryStorage are two processes' handles on one database.
 */
export class ControlledStore extends MemoryUpdateLog {
  loadGate: Promise<void> | null = null
  appendGate: Promise<void> | null = null
  compactGate: Promise<void> | null = null
  failAppends = false
  appends = 0
  compactions = 0

  override async load(boardId: BoardId) {
    await this.loadGate
    return super.load(boardId)
  }

  override async append(boardId: BoardId, update: Uint8Array) {
    await this.appendGate
    if (this.failAppends) throw new Error('disk full')
    this.appends++
    return super.append(boardId, update)
  }

  override async compact(
    boardId: BoardId,
    snapshot: Uint8Array,
    throughSeq: number,
    holder: string,
  ) {
    await this.compactGate
    this.compactions++
    return super.compact(boardId, snapshot, throughSeq, holder)
  }
}

/** Metrics that add up what the room reports. */
export class CountingMetrics implements RoomMetrics {
  messagesIn = 0
  bytesIn = 0
  messagesOut = 0
  bytesOut = 0
  appends: number[] = []
  readonly rejections = new Map<string, number>()

  messageIn(bytes: number): void {
    this.messagesIn++
    this.bytesIn += bytes
  }
  messagesSent(count: number, bytes: number): void {
    this.messagesOut += count
    this.bytesOut += count * bytes
  }
  rejected(reason: string): void {
    this.rejections.set(reason, (this.rejections.get(reason) ?? 0) + 1)
  }
  appendSeconds(seconds: number): void {
    this.appends.push(seconds)
  }
  rejectedFor(reason: string): number {
    return this.rejections.get(reason) ?? 0
  }
}

export function createManager(
  options: {
    store?: ControlledStore
    limits?: Partial<Limits>
    timers?: ManualTimers
    bus?: BoardBus
    secrets?: MemorySecretStore
  } = {},
) {
  const store = options.store ?? new ControlledStore()
  const secrets = options.secrets ?? new MemorySecretStore()
  const timers = options.timers ?? new ManualTimers()
  const metrics = new CountingMetrics()
  const manager = new RoomManager({
    store,
    bus: options.bus,
    secrets,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    logger: silentLogger,
    schedule: timers.schedule,
    clock: timers.clock,
    metrics,
  })
  return { manager, store, secrets, timers, metrics }
}

export const boardSchema = createBoardSchema()

/** The record id of the test shape called `name`. */
export const shapeKey = (name: string) => `shape:${name}`

/** A valid tldraw geo shape, as a client's store would hold it. */
export function geoShape(name: string, x = 0): Record<string, unknown> {
  const placed = {
    id: shapeKey(name) as TLShapeId,
    parentId: 'page:page' as TLPageId,
    index: 'a1' as TLShape['index'],
    x,
    y: 0,
  }
  return geoShapeRecord(placed) as unknown as Record<string, unknown>
}

/** A text shape, as tldraw writes one: rich text and its own props. */
export function textShape(name: string): Record<string, unknown> {
  return boardSchema.types.shape.create({
    id: shapeKey(name) as never,
    type: 'text',
    index: 'a2' as never,
    parentId: 'page:page' as never,
    props: {
      color: 'black',
      size: 'm',
      w: 8,
      font: 'draw',
      textAlign: 'start',
      autoSize: true,
      scale: 1,
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: name }] }],
      },
    },
  }) as unknown as Record<string, unknown>
}

/** What a first client writes on an empty board, and a few kinds of content after it. */
export function realBoardRecords(): Record<string, unknown>[] {
  const types = boardSchema.types
  return [
    types.document.create({ id: 'document:document' as never }),
    types.page.create({ id: 'page:page' as never, name: 'Page 1', index: 'a1' as never }),
    geoShape('box', 40),
    textShape('label'),
    types.asset.create({
      id: 'asset:photo' as never,
      type: 'image',
      props: {
        name: 'photo.png',
        src: 'https://example.org/photo.png',
        w: 640,
        h: 480,
        mimeType: 'image/png',
        isAnimated: false,
      },
    }),
  ] as unknown as Record<string, unknown>[]
}

export type RecordEntry = { key: string; val: unknown }

export const recordsOf = (doc: Y.Doc) => doc.getArray<RecordEntry>(Y_RECORDS)

/** Appends record entries as y-utility's YKeyValue does: `{ key, val }` in the records array. */
export function putRecords(doc: Y.Doc, ...values: Record<string, unknown>[]): void {
  recordsOf(doc).push(values.map((val) => ({ key: String(val.id), val })))
}

/** Adds one valid shape per name, in one transaction. */
export function putShapes(doc: Y.Doc, ...names: string[]): void {
  putRecords(doc, ...names.map((name) => geoShape(name)))
}

/** Names of the test shapes in the doc, in the array's (converged) order. */
export function shapeNames(doc: Y.Doc): string[] {
  return recordsOf(doc)
    .toArray()
    .map(({ key }) => key.replace(/^shape:/, ''))
}

/** Writes the board's schema to `meta`, as every client does on an empty board. */
export function putSchema(doc: Y.Doc, schema: unknown = boardSchema.serialize()): void {
  doc.getMap(Y_META).set('schema', schema)
}

/** A doc rebuilt from everything the store holds for the board. */
export async function storedDoc(store: UpdateLog, boardId: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const update of (await store.load(boardId as BoardId)).updates) Y.applyUpdate(doc, update)
  return doc
}

/** A person id for tests: 'p' and `name` padded to the 22 characters of a real one. */
export const testPersonId = (name: string) => `p${(name + '_'.repeat(22)).slice(0, 22)}`

export const access = (
  role: Role,
  archived = false,
  personId = testPersonId(role),
): ConnectionAccess => ({ role, archived, personId })

/**
 * A client that speaks like y-websocket's WebsocketProvider: step 1 and its awareness on
 * open, answers step 1 with step 2, sends every local update, and re-sends every
 * awareness change it hears (which is why the relay must drop stale copies).
 */
export class TestClient {
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  socket: TestSocket | null = null
  private connection: RoomConnection | null = null
  /** Client-to-server messages not yet delivered. */
  readonly outbox: Uint8Array[] = []
  /** Every message this client has received from the server, in order. */
  readonly received: Uint8Array[] = []
  /** Command replies received, by request id (R46). */
  readonly replies = new Map<number, CommandReply>()

  constructor(
    readonly name: string,
    clientID?: number,
  ) {
    this.doc = new Y.Doc()
    if (clientID !== undefined) this.doc.clientID = clientID
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this || this.connection === null) return
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.Sync)
      syncProtocol.writeUpdate(encoder, update)
      this.outbox.push(encoding.toUint8Array(encoder))
    })
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange) => {
      if (this.connection === null) return
      this.outbox.push(this.awarenessMessage([...added, ...updated, ...removed]))
    })
  }

  get connected(): boolean {
    return this.connection !== null
  }

  /** Connects with `as` (a participant on a live board unless told otherwise). */
  connect(
    manager: RoomManager,
    boardId: string,
    as: ConnectionAccess = access('participant'),
  ): void {
    this.socket = new TestSocket()
    this.connection = manager.connect(boardId as BoardId, this.socket, as)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Sync)
    syncProtocol.writeSyncStep1(encoder, this.doc)
    this.outbox.push(encoding.toUint8Array(encoder))
    if (this.awareness.getLocalState() !== null) {
      this.outbox.push(this.awarenessMessage([this.doc.clientID]))
    }
  }

  /** Closes from the client side, like a closed tab; undelivered messages are lost. */
  disconnect(): void {
    this.connection?.close()
    this.connection = null
    this.socket = null
    this.outbox.length = 0
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID)
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this)
  }

  /** Queues a command (R43) under `requestId`; its reply lands in {@link replies}. */
  sendCommand(requestId: number, command: unknown): void {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Command)
    encoding.writeVarUint(encoder, requestId)
    encoding.writeVarString(encoder, JSON.stringify(command))
    this.outbox.push(encoding.toUint8Array(encoder))
  }

  /** Sends raw bytes, bypassing the protocol. */
  sendRaw(data: Uint8Array): void {
    this.outbox.push(data)
  }

  /** Delivers up to `count` queued messages to the server. */
  deliverToServer(count = Infinity): number {
    let delivered = 0
    while (delivered < count && this.outbox.length > 0 && this.connection !== null) {
      this.connection.receive(this.outbox.shift()!)
      delivered++
    }
    return delivered
  }

  /** Handles up to `count` messages the server has sent; replies go to the outbox. */
  deliverToClient(count = Infinity): number {
    const socket = this.socket
    let delivered = 0
    while (socket !== null && delivered < count && socket.outbox.length > 0) {
      const message = socket.outbox.shift()!
      this.received.push(message)
      this.handle(message)
      delivered++
    }
    return delivered
  }

  get closedWith(): number | null {
    return this.socket?.closed?.code ?? null
  }

  /** Names of the test shapes this client holds. */
  names(): string[] {
    return shapeNames(this.doc)
  }

  private handle(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message)
    const type = decoding.readVarUint(decoder)
    if (type === MessageType.Sync) {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.Sync)
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, this)
      if (encoding.length(encoder) > 1) this.outbox.push(encoding.toUint8Array(encoder))
    } else if (type === MessageType.Awareness) {
      awarenessProtocol.applyAwarenessUpdate(
        this.awareness,
        decoding.readVarUint8Array(decoder),
        this,
      )
    } else if (type === MessageType.Command) {
      const requestId = decoding.readVarUint(decoder)
      this.replies.set(requestId, JSON.parse(decoding.readVarString(decoder)) as CommandReply)
    } else {
      throw new Error(`client got unexpected message type ${type}`)
    }
  }

  private awarenessMessage(clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Awareness)
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients),
    )
    return encoding.toUint8Array(encoder)
  }
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/** Delivers everything in both directions until nothing moves. */
export async function settle(manager: RoomManager, clients: TestClient[]): Promise<void> {
  for (let round = 0; round < 1000; round++) {
    let moved = 0
    for (const client of clients) moved += client.deliverToServer()
    await manager.idle()
    for (const client of clients) moved += client.deliverToClient()
    if (moved === 0) return
  }
  throw new Error('clients did not settle')
}

/** Message type of each message, for asserting on what a client was sent. */
export const typesOf = (messages: Uint8Array[]) =>
  messages.map((m) => decoding.readVarUint(decoding.createDecoder(m)))
