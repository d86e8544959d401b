import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { YKeyValue } from 'y-utility/y-keyvalue'
import { Y_RECORDS, wsServerUrl, type BoardId } from '@common-ground/shared'

/** A tldraw record as it sits in the board's YKeyValue: plain JSON keyed by its id. */
export interface StoredRecord {
  readonly id: string
  readonly typeName: string
}

const SYNC_TIMEOUT_MS = 10_000

/**
 * A board's Y.Doc reached from Node through an unmodified y-websocket provider: what any
 * third-party Yjs client would do. It speaks only the public protocol, so what it reads is
 * what the server holds and what it writes reaches browsers the ordinary way.
 */
export class BoardDocClient {
  readonly doc = new Y.Doc()
  readonly records: YKeyValue<StoredRecord>
  private readonly provider: WebsocketProvider

  private constructor(origin: string, boardId: BoardId) {
    this.records = new YKeyValue<StoredRecord>(this.doc.getArray(Y_RECORDS))
    this.provider = new WebsocketProvider(wsServerUrl(origin), boardId, this.doc, {
      // Node 20 has no global WebSocket; `ws` implements the same interface.
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
  }

  /** Connects and resolves once the first sync with the server has completed. */
  static async connect(origin: string, boardId: BoardId): Promise<BoardDocClient> {
    const client = new BoardDocClient(origin, boardId)
    try {
      await client.whenSynced()
    } catch (error) {
      client.destroy()
      throw error
    }
    return client
  }

  get(id: string): StoredRecord | undefined {
    return this.records.get(id)
  }

  all(): StoredRecord[] {
    return [...this.records.map.values()].map((entry) => entry.val)
  }

  put(record: StoredRecord): void {
    this.records.set(record.id, record)
  }

  destroy(): void {
    this.provider.destroy()
    this.doc.destroy()
  }

  private whenSynced(): Promise<void> {
    if (this.provider.synced) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.provider.off('sync', onSync)
        reject(new Error(`y-websocket did not sync within ${SYNC_TIMEOUT_MS} ms`))
      }, SYNC_TIMEOUT_MS)
      const onSync = (synced: boolean) => {
        if (!synced) return
        clearTimeout(timer)
        this.provider.off('sync', onSync)
        resolve()
      }
      this.provider.on('sync', onSync)
    })
  }
}
