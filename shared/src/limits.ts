/**
 * Every limit the server enforces, with its default and the environment variable that
 * overrides it. The README's "Limits" table lists the same names.
 */
export interface Limits {
  /** Largest WebSocket message accepted (bytes); larger ones close with 1009. */
  maxMessageBytes: number
  /** Bytes queued for one socket before it is closed as a slow consumer. */
  maxBufferedBytes: number
  /** Largest image or file upload (bytes). */
  maxAssetBytes: number
  /** Compact a board's update log once it holds this many updates... */
  compactAfterUpdates: number
  /** ...or this many bytes of updates, whichever comes first. */
  compactAfterBytes: number
  /** How long a board stays loaded after its last connection leaves (ms). */
  roomIdleUnloadMs: number
  /** Largest size of one board's content (bytes of its encoded state). */
  maxBoardBytes: number
  /** Connections one board accepts at once. */
  maxConnectionsPerBoard: number
  /** Document messages (sync) one connection may send per second, with a burst of twice that. */
  maxMessagesPerSecond: number
  /** Awareness messages one connection may send per second; extra ones are dropped, not fatal. */
  maxAwarenessPerSecond: number
  /**
   * Awareness client ids one connection may announce (R25); a y-websocket client uses one
   * per Y.Doc. Entries for further ids are dropped.
   */
  maxAwarenessClientsPerConnection: number
  /**
   * Awareness states one board holds at once (R26). New client ids beyond it are dropped;
   * an awareness message with more entries than this (plus one connection's ids) closes its
   * socket with AwarenessFlood.
   */
  maxAwarenessStatesPerBoard: number
  /** Largest awareness state, as JSON (bytes); a larger entry is dropped (R26). */
  maxAwarenessStateBytes: number
  /**
   * Requests for the board (sync step 1) one connection may send per minute, with a burst
   * of the same number (R29). One more closes it with TooManyBoardRequests.
   */
  maxBoardRequestsPerMinute: number
  /**
   * Requests for the board one room answers per second, all connections together, with a
   * burst of maxConnectionsPerBoard (R29). One more closes its sender with
   * TooManyBoardRequests.
   */
  maxBoardRequestsPerSecond: number
  /** Boards held in memory at once; a connection to another board waits with ServerBusy. */
  maxLoadedBoards: number
  /** Boards one address may create per minute. */
  boardCreationsPerMinute: number
  /** Time a socket has to finish the WebSocket handshake and authenticate (ms). */
  handshakeTimeoutMs: number
  /**
   * H23: while a board is edited, an automatic checkpoint is kept this often (ms), if it
   * changed since the last checkpoint. 0 turns them off.
   */
  automaticCheckpointMs: number
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 2 * 1024 * 1024,
  maxBufferedBytes: 8 * 1024 * 1024,
  maxAssetBytes: 10 * 1024 * 1024,
  compactAfterUpdates: 2000,
  compactAfterBytes: 4 * 1024 * 1024,
  roomIdleUnloadMs: 5000,
  maxBoardBytes: 64 * 1024 * 1024,
  maxConnectionsPerBoard: 300,
  maxMessagesPerSecond: 120,
  maxAwarenessPerSecond: 30,
  maxAwarenessClientsPerConnection: 4,
  maxAwarenessStatesPerBoard: 600,
  maxAwarenessStateBytes: 16 * 1024,
  maxBoardRequestsPerMinute: 6,
  maxBoardRequestsPerSecond: 20,
  maxLoadedBoards: 1000,
  boardCreationsPerMinute: 20,
  handshakeTimeoutMs: 10_000,
  automaticCheckpointMs: 10 * 60_000,
}

export const LIMIT_ENV: Record<keyof Limits, string> = {
  maxMessageBytes: 'MAX_MESSAGE_BYTES',
  maxBufferedBytes: 'MAX_BUFFERED_BYTES',
  maxAssetBytes: 'MAX_ASSET_BYTES',
  compactAfterUpdates: 'COMPACT_AFTER_UPDATES',
  compactAfterBytes: 'COMPACT_AFTER_BYTES',
  roomIdleUnloadMs: 'ROOM_IDLE_UNLOAD_MS',
  maxBoardBytes: 'MAX_BOARD_BYTES',
  maxConnectionsPerBoard: 'MAX_CONNECTIONS_PER_BOARD',
  maxMessagesPerSecond: 'MAX_MESSAGES_PER_SECOND',
  maxAwarenessPerSecond: 'MAX_AWARENESS_PER_SECOND',
  maxAwarenessClientsPerConnection: 'MAX_AWARENESS_CLIENTS_PER_CONNECTION',
  maxAwarenessStatesPerBoard: 'MAX_AWARENESS_STATES_PER_BOARD',
  maxAwarenessStateBytes: 'MAX_AWARENESS_STATE_BYTES',
  maxBoardRequestsPerMinute: 'MAX_BOARD_REQUESTS_PER_MINUTE',
  maxBoardRequestsPerSecond: 'MAX_BOARD_REQUESTS_PER_SECOND',
  maxLoadedBoards: 'MAX_LOADED_BOARDS',
  boardCreationsPerMinute: 'BOARD_CREATIONS_PER_MINUTE',
  handshakeTimeoutMs: 'HANDSHAKE_TIMEOUT_MS',
  automaticCheckpointMs: 'AUTOMATIC_CHECKPOINT_MS',
}

/** Content types accepted for uploads; SVG is served with a sandboxing CSP. */
export const ASSET_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/svg+xml',
  'application/pdf',
] as const

/**
 * Reads limits from an environment, falling back to defaults. A value that is not a
 * non-negative integer is an error, not silently ignored: a typo in a deployment's
 * configuration should stop the server at start-up.
 */
export function readLimits(env: Record<string, string | undefined>): Limits {
  const limits = { ...DEFAULT_LIMITS }
  for (const key of Object.keys(LIMIT_ENV) as (keyof Limits)[]) {
    const name = LIMIT_ENV[key]
    const raw = env[name]
    if (raw === undefined || raw === '') continue
    const value = Number(raw)
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new Error(`${name} must be a whole number of at least 0, got "${raw}"`)
    }
    limits[key] = value
  }
  return limits
}
