import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import type { YKeyValue } from 'y-utility/y-keyvalue'
import {
  BEARER_PREFIX,
  boardRecordIds,
  openBoardDocument,
  readBoardRecord,
  writeBoardRecord,
  wsServerUrl,
  type BoardDocument,
  type AwarenessUser,
  type BoardId,
} from '@common-ground/shared'
import { boardIdOf, tokenOf } from './boards.js'

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
  /** The doc through the one board-document module (shared/src/boardDocument). */
  private readonly board: BoardDocument = openBoardDocument(this.doc)
  readonly records = this.board.records as YKeyValue<StoredRecord>
  /** Positions of shapes being moved, laid over `records` (shared/src/motion.ts). */
  readonly motion = this.board.motion
  private readonly provider: WebsocketProvider

  private constructor(origin: string, boardId: BoardId, token: string) {
    this.provider = new WebsocketProvider(wsServerUrl(origin), boardId, this.doc, {
      WebSocketPolyfill: bearerWebSocket(token),
      disableBc: true,
    })
  }

  /**
   * Connects with a board link (`/b/<id>#t=<token>`), sending its token as
   * `Authorization: Bearer`, and resolves once the first sync with the server has completed.
   */
  static async connect(link: string): Promise<BoardDocClient> {
    const client = new BoardDocClient(new URL(link).origin, boardIdOf(link), tokenOf(link))
    try {
      await client.whenSynced()
    } catch (error) {
      client.destroy()
      throw error
    }
    return client
  }

  /** A record as the board holds it: stored, with any motion laid over. */
  get(id: string): StoredRecord | undefined {
    return readBoardRecord(this.board, id) as StoredRecord | undefined
  }

  all(): StoredRecord[] {
    return boardRecordIds(this.board).map((id) => this.get(id)!)
  }

  put(record: StoredRecord): void {
    writeBoardRecord(this.board, record)
  }

  /** Sets this client's awareness `user`, as a browser announces the person using it. */
  announce(user: AwarenessUser): void {
    this.provider.awareness.setLocalStateField('user', user)
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

/**
 * A `WebSocket` class for y-websocket's `WebSocketPolyfill`: `ws`'s (Node 20 has no global
 * one) with the link token on the upgrade request. The provider constructs it with
 * `(url, protocols)` only, so the header is added here.
 */
function bearerWebSocket(token: string): typeof globalThis.WebSocket {
  class BearerWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { Authorization: `${BEARER_PREFIX}${token}` } })
    }
  }
  return BearerWebSocket as unknown as typeof globalThis.WebSocket
}
