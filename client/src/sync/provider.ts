import { wsServerUrl, type BoardId } from '@common-ground/shared'
import type { Awareness } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

/** The part of y-websocket's WebsocketProvider a session uses; tests pass a fake. */
export interface SyncProvider {
  readonly awareness: Awareness
  on(
    name: 'status',
    f: (event: { status: 'connected' | 'disconnected' | 'connecting' }) => void,
  ): unknown
  on(name: 'sync', f: (synced: boolean) => void): unknown
  on(name: 'connection-close', f: (event: { code: number } | null) => void): unknown
  /** Opens the socket again after `shouldReconnect` said not to (see RETRY_LATER_CLOSES). */
  connect(): void
  destroy(): void
}

export type CreateProvider = (
  doc: Y.Doc,
  shouldReconnect: (event: { code: number }) => boolean,
) => SyncProvider

export function defaultCreateProvider(boardId: BoardId, serverOrigin: string): CreateProvider {
  return (doc, shouldReconnect) =>
    new WebsocketProvider(wsServerUrl(serverOrigin), boardId, doc, {
      shouldReconnect,
      // Tabs sync only through the relay, so everything is validated and saved by the
      // server, and its close codes cover every path an update can take.
      disableBc: true,
    })
}
