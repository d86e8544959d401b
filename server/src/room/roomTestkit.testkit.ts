import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { pino } from 'pino'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { DEFAULT_LIMITS, MessageType, type BoardId, type Limits } from '@common-ground/shared'
import { MemoryBoardStore } from '../storage/MemoryBoardStore.js'
import type { Schedule } from './Room.js'
import { RoomManager } from './RoomManager.js'
import type { RoomConnection, RoomSocket } from './RoomSocket.js'

/**
 * Deterministic test rig for rooms: sockets hold messages until the test delivers them,
 * timers run when the test advances them, and stores can be held or made to fail.
 */

export const silentLogger = pino({ level: 'silent' })

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

/** Timers that fire only when the test calls {@link ManualTimers.advance}. */
export class ManualTimers {
  private now = 0
  private tasks: { at: number; task: () => void }[] = []

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

/** A memory store whose calls can be held at a gate or made to fail. */
export class ControlledStore extends MemoryBoardStore {
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

  override async compact(boardId: BoardId, snapshot: Uint8Array, throughSeq: number) {
    await this.compactGate
    this.compactions++
    return super.compact(boardId, snapshot, throughSeq)
  }
}

export function createManager(
  options: { store?: ControlledStore; limits?: Partial<Limits>; timers?: ManualTimers } = {},
) {
  const store = options.store ?? new ControlledStore()
  const timers = options.timers ?? new ManualTimers()
  const manager = new RoomManager({
    store,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    logger: silentLogger,
    schedule: timers.schedule,
  })
  return { manager, store, timers }
}

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

  connect(manager: RoomManager, boardId: string): void {
    this.socket = new TestSocket()
    this.connection = manager.connect(boardId as BoardId, this.socket)
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

  text(): string {
    return this.doc.getText('t').toString()
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
