import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { BEARER_PREFIX, openBoardDocument } from '@common-ground/shared'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import type { Room, ServerAddress } from './servers'

/**
 * One simulated participant: a real Y.Doc with the board's YKeyValue layout, connected by
 * the standard client of its server (y-websocket's WebsocketProvider for ours and for the
 * y-websocket 1.5 server, @hocuspocus/provider for Hocuspocus).
 */
export interface SimClient {
  doc: Y.Doc
  records: YKeyValue<unknown>
  /** Resolves at the first sync with the server. */
  synced: Promise<void>
  destroy(): void
}

/** `ws`'s WebSocket sending a bearer token on the upgrade, as a non-browser client does. */
export function webSocketWithToken(token: string | undefined): typeof globalThis.WebSocket {
  class WebSocketWithToken extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, {
        headers: token === undefined ? {} : { Authorization: BEARER_PREFIX + token },
      })
    }
  }
  return WebSocketWithToken as unknown as typeof globalThis.WebSocket
}

export function connectClient(server: ServerAddress, room: Room): SimClient {
  const doc = new Y.Doc()
  const { records } = openBoardDocument(doc)
  if (server.kind === 'hocuspocus') {
    let resolveSynced = () => {}
    const synced = new Promise<void>((resolve) => (resolveSynced = resolve))
    // One socket per provider, as one browser tab has.
    const socket = new HocuspocusProviderWebsocket({
      url: server.wsUrl,
      WebSocketPolyfill: WebSocket,
    })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.name,
      document: doc,
      onSynced: () => resolveSynced(),
    })
    // A provider given its socket does not attach itself (Hocuspocus 3).
    provider.attach()
    return {
      doc,
      records,
      synced,
      destroy() {
        provider.destroy()
        socket.destroy()
        doc.destroy()
      },
    }
  }
  const provider = new WebsocketProvider(server.wsUrl, room.name, doc, {
    WebSocketPolyfill: webSocketWithToken(room.token),
    disableBc: true,
  })
  const synced = new Promise<void>((resolve) => {
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return
      provider.off('sync', onSync)
      resolve()
    }
    provider.on('sync', onSync)
  })
  return {
    doc,
    records,
    synced,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Connects `count` clients to `room`, `batch` at a time, and waits until every one has synced. */
export function connectMany(
  server: ServerAddress,
  room: Room,
  count: number,
  timeoutMs = 30_000,
  batch = 25,
): Promise<SimClient[]> {
  return connectAll(
    server,
    Array.from({ length: count }, () => room),
    timeoutMs,
    batch,
  )
}

/** Connects one client to each of `rooms`, `batch` at a time, and waits until all have synced. */
export async function connectAll(
  server: ServerAddress | ((index: number) => ServerAddress),
  rooms: readonly Room[],
  timeoutMs = 30_000,
  batch = 25,
): Promise<SimClient[]> {
  const serverAt = typeof server === 'function' ? server : () => server
  const clients: SimClient[] = []
  const deadline = performance.now() + timeoutMs
  for (let i = 0; i < rooms.length; i += batch) {
    const group = rooms.slice(i, i + batch).map((room, k) => connectClient(serverAt(i + k), room))
    clients.push(...group)
    const left = deadline - performance.now()
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`clients of ${serverAt(0).kind} did not sync in ${timeoutMs} ms`)),
        Math.max(0, left),
      )
    })
    try {
      await Promise.race([Promise.all(group.map((c) => c.synced)), timeout])
    } catch (error) {
      for (const client of clients) client.destroy()
      throw error
    } finally {
      clearTimeout(timer)
    }
  }
  return clients
}
