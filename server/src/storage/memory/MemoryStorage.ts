import type { BoardId } from '@common-ground/shared'
import type { StoredAsset } from '../AssetStore.js'
import type { BoardRecord, JoinCodeRecord } from '../BoardRegistry.js'
import type { Checkpoint } from '../UpdateLog.js'

export interface MemoryLog {
  entries: { seq: number; update: Uint8Array }[]
  nextSeq: number
  updatedAt: number
}

/**
 * What the memory adapters hold. Several stores may share one, as several processes share
 * one database: that is how the contract suite checks two handles on one board.
 */
export class MemoryStorage {
  readonly logs = new Map<BoardId, MemoryLog>()
  readonly checkpoints = new Map<BoardId, Checkpoint[]>()
  readonly leases = new Map<BoardId, { holder: string; expiresAt: number }>()
  readonly records = new Map<BoardId, BoardRecord>()
  readonly assets = new Map<string, StoredAsset>()
  readonly joinCodes = new Map<string, JoinCodeRecord>()
  nextCheckpointId = 1
}
