import {
  atom,
  createShapeId,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
  TLPOINTER_ID,
  UserRecordType,
  type IndexKey,
  type TLDrawShape,
  type TLPageId,
  type TLRecord,
  type TLStore,
  type TLUser,
} from 'tldraw'
import { drawShapeRecord, openBoardDocument, writeBoardRecord } from '@common-ground/shared'
import type { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
// eslint-disable-next-line no-restricted-imports -- the bench measures the real client binding
import { bindStoreToDoc } from '../../../client/src/sync/binding'
// eslint-disable-next-line no-restricted-imports -- the old policy, for comparison
import { animationFrameScheduler } from '../../../client/src/sync/flushScheduler'
// eslint-disable-next-line no-restricted-imports -- the real presence publishing
import {
  PRESENCE_THROTTLE_MS,
  publishLocalPresence,
  setAwarenessUser,
} from '../../../client/src/sync/presence'
import { connectClient, webSocketWithToken } from '../clients'
import { geoShape } from '../records'
import { startServer, type Room, type ServerProcess } from '../servers'
import { sleep, waitFor } from '../stats'

/**
 * What the real client puts on the socket: the real binding (bindStoreToDoc) over a
 * headless tldraw store, the real presence publishing, y-websocket's provider, frames at
 * 60 Hz as a browser gives them. Bytes are counted at the socket's `send`, split by
 * y-websocket message type (document sync vs awareness).
 */

const FRAME_MS = 1000 / 60

/** requestAnimationFrame for Node: callbacks run together on a 60 Hz grid, as in a browser. */
function installFrames(): void {
  const g = globalThis as { requestAnimationFrame?: unknown; cancelAnimationFrame?: unknown }
  if (typeof g.requestAnimationFrame === 'function') return
  let nextId = 1
  const waiting = new Map<number, FrameRequestCallback>()
  let timer: ReturnType<typeof setTimeout> | null = null
  const tick = () => {
    timer = null
    const due = [...waiting.values()]
    waiting.clear()
    const now = performance.now()
    for (const callback of due) callback(now)
  }
  g.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = nextId++
    waiting.set(id, callback)
    if (timer === null) {
      const now = performance.now()
      timer = setTimeout(tick, Math.ceil(now / FRAME_MS) * FRAME_MS - now)
    }
    return id
  }
  g.cancelAnimationFrame = (id: number) => void waiting.delete(id)
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

interface Counter {
  doc: number
  awareness: number
}

interface RealClient {
  store: TLStore
  counter: Counter
  destroy(): void
}

/** One person's client as the app builds it, minus React and the editor. */
async function openRealClient(
  server: ServerProcess,
  room: Room,
  policy: 'current' | 'every-frame',
): Promise<RealClient> {
  const counter: Counter = { doc: 0, awareness: 0 }
  const Base = webSocketWithToken(room.token)
  class CountingWebSocket extends (Base as unknown as typeof WebSocket) {
    override send(data: unknown, ...rest: unknown[]) {
      const bytes = data as Uint8Array
      if (bytes[0] === 1) counter.awareness += bytes.byteLength
      else counter.doc += bytes.byteLength
      ;(super.send as (...args: unknown[]) => void)(data, ...rest)
    }
  }
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(server.wsUrl, room.name, doc, {
    WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  const user: TLUser = UserRecordType.create({
    id: createUserId('bench'),
    name: 'Bench',
    color: '#1971c2',
  })
  const store = createTLStore({
    shapeUtils: defaultShapeUtils,
    bindingUtils: defaultBindingUtils,
    users: { currentUser: atom('user', user) },
  })
  store.mergeRemoteChanges(() => {})
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  const binding = bindStoreToDoc(store, doc, {
    ...(policy === 'every-frame'
      ? { scheduler: animationFrameScheduler, growthFlushRatio: 1, motion: false }
      : {}),
  })
  setAwarenessUser(provider.awareness, { id: 'bench', name: 'Bench', color: '#1971c2' })
  const stopPresence = publishLocalPresence(
    store,
    atom('user', user),
    provider.awareness,
    PRESENCE_THROTTLE_MS,
    Date.now,
    policy === 'every-frame' ? PRESENCE_THROTTLE_MS : undefined,
  )
  return {
    store,
    counter,
    destroy() {
      stopPresence()
      binding.dispose()
      provider.destroy()
      doc.destroy()
    },
  }
}

function movePointer(store: TLStore, x: number, y: number) {
  const pointer = store.get(TLPOINTER_ID)
  if (pointer) store.put([{ ...pointer, x, y, lastActivityTimestamp: Date.now() }])
}

export interface DragResult {
  policy: string
  seconds: number
  bytesPerSecond: number
  docBytesPerSecond: number
  awarenessBytesPerSecond: number
  updatesSeenPerSecond: number
  recordBytes: number
}

export interface StrokeResult {
  policy: string
  points: number
  totalBytes: number
  docBytes: number
  awarenessBytes: number
  finalRecordBytes: number
  ratio: number
  updatesSeen: number
}

export interface WireResult {
  drag: DragResult[]
  stroke: StrokeResult[]
}

async function drag(
  server: ServerProcess,
  policy: 'current' | 'every-frame',
  seconds: number,
): Promise<DragResult> {
  const room = await server.newRoom('bench wire drag')
  const client = await openRealClient(server, room, policy)
  const observer = connectClient(server, room)
  await observer.synced
  try {
    const id = createShapeId('dragged')
    const shape = { ...geoShape(id, 0, 0), meta: {} } as unknown as TLRecord
    client.store.put([shape])
    await waitFor(() => observer.records.has(id), 5000, 'the dragged shape reaches the observer')
    // A position arrives as the record itself or, from a client that moves shapes through
    // motion entries, as the shape's motion entry; a transaction with either is one update.
    let seen = 0
    const { motion } = openBoardDocument(observer.doc)
    const seenIn = new WeakSet<object>()
    const count = (changes: Map<string, unknown>, tr: { local: boolean }) => {
      if (tr.local || !changes.has(id) || seenIn.has(tr)) return
      seenIn.add(tr)
      seen++
    }
    observer.records.on('change', count)
    motion.on('change', count)
    await sleep(1000)
    const before = { ...client.counter }
    const start = performance.now()
    let x = 0
    while (performance.now() - start < seconds * 1000) {
      await nextFrame()
      x += 3
      const current = client.store.get(id as TLRecord['id'])
      if (current) client.store.put([{ ...current, x, y: x / 2 } as TLRecord])
      movePointer(client.store, x + 10, x / 2 + 10)
    }
    const elapsed = (performance.now() - start) / 1000
    const doc = client.counter.doc - before.doc
    const awareness = client.counter.awareness - before.awareness
    const seenInWindow = seen
    return {
      policy,
      seconds: elapsed,
      bytesPerSecond: (doc + awareness) / elapsed,
      docBytesPerSecond: doc / elapsed,
      awarenessBytesPerSecond: awareness / elapsed,
      updatesSeenPerSecond: seenInWindow / elapsed,
      recordBytes: JSON.stringify(client.store.get(id as TLRecord['id'])).length,
    }
  } finally {
    observer.destroy()
    client.destroy()
  }
}

async function stroke(
  server: ServerProcess,
  policy: 'current' | 'every-frame',
  points: number,
): Promise<StrokeResult> {
  const room = await server.newRoom('bench wire stroke')
  const client = await openRealClient(server, room, policy)
  const observer = connectClient(server, room)
  await observer.synced
  try {
    await sleep(500)
    const id = createShapeId('stroke')
    const vecs: { x: number; y: number; z: number }[] = [{ x: 0, y: 0, z: 0.5 }]
    const placed = {
      id,
      parentId: 'page:page' as TLPageId,
      index: 'a1' as IndexKey,
      x: 100,
      y: 100,
    }
    const record = (isComplete: boolean) => drawShapeRecord(placed, vecs, isComplete)
    let seen = 0
    observer.records.on('change', (changes: Map<string, unknown>, tr: { local: boolean }) => {
      if (!tr.local && changes.has(id)) seen++
    })
    const before = { ...client.counter }
    client.store.put([record(false)])
    for (let i = 1; i < points; i++) {
      await nextFrame()
      const angle = i / 20
      vecs.push({ x: i * 2, y: Math.sin(angle) * 80 + i * 0.5, z: 0.5 })
      client.store.put([record(false)])
      movePointer(client.store, 100 + i * 2, 100 + Math.sin(angle) * 80)
    }
    await nextFrame()
    const final = record(true)
    client.store.put([final])
    await waitFor(
      () => (observer.records.get(id) as TLDrawShape | undefined)?.props.isComplete === true,
      5000,
      'the finished stroke reaches the observer',
    )
    await sleep(500)
    const doc = client.counter.doc - before.doc
    const awareness = client.counter.awareness - before.awareness
    // The record's own size on the wire: a fresh doc holding only the final record.
    const alone = new Y.Doc()
    writeBoardRecord(openBoardDocument(alone), final as { id: string })
    const recordBytes = Y.encodeStateAsUpdate(alone).byteLength
    alone.destroy()
    return {
      policy,
      points,
      totalBytes: doc + awareness,
      docBytes: doc,
      awarenessBytes: awareness,
      finalRecordBytes: recordBytes,
      ratio: (doc + awareness) / recordBytes,
      updatesSeen: seen,
    }
  } finally {
    observer.destroy()
    client.destroy()
  }
}

/** Today's policy against the old one (flush every frame, presence every 100 ms), A/B/A/B. */
export async function runWire(quick: boolean): Promise<WireResult> {
  installFrames()
  const server = await startServer('ours')
  const result: WireResult = { drag: [], stroke: [] }
  try {
    const rounds = quick ? 1 : 2
    for (let r = 0; r < rounds; r++) {
      for (const policy of ['current', 'every-frame'] as const) {
        result.drag.push(await drag(server, policy, quick ? 3 : 5))
        result.stroke.push(await stroke(server, policy, 500))
      }
    }
  } finally {
    await server.stop()
  }
  return result
}
