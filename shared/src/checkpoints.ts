import type { BoardId } from './boardId.js'

/**
 * Checkpoints: full snapshots of a board kept for good (compaction never removes them).
 * - `automatic`: taken by the server now and then while a board is edited.
 * - `named`: taken by the facilitator, with a label (`POST /api/boards/:id/checkpoints`).
 * - `archive`: taken when the board is archived, just before it turns read-only.
 * - `stage`: taken when the facilitator moves the session to another stage.
 * - `restore`: the board as it was just before the facilitator restored a checkpoint, so a
 *   restore can itself be undone by restoring this one (PROTOCOL.md H27).
 */
export const CHECKPOINT_KINDS = ['automatic', 'named', 'archive', 'stage', 'restore'] as const
export type CheckpointKind = (typeof CHECKPOINT_KINDS)[number]

export function isCheckpointKind(value: unknown): value is CheckpointKind {
  return (CHECKPOINT_KINDS as readonly unknown[]).includes(value)
}

/** Longest label of a named checkpoint, in characters. */
export const MAX_CHECKPOINT_LABEL_LENGTH = 100
/** How many named checkpoints one board may keep; automatic and archive ones are not counted. */
export const MAX_NAMED_CHECKPOINTS = 200

/** One checkpoint as `GET /api/boards/:id/checkpoints` lists it. */
export interface CheckpointSummary {
  id: number
  kind: CheckpointKind
  label: string | null
  /** The last log entry (sequence number) the checkpoint contains. */
  seq: number
  /** ISO 8601. */
  createdAt: string
  /** Size of the stored snapshot. */
  bytes: number
  /** Asset and person cards on the board then (H25); null if the snapshot is unreadable. */
  cards: number | null
}

/** `GET /api/boards/:id/checkpoints`: newest first. */
export interface CheckpointListResponse {
  checkpoints: CheckpointSummary[]
}

/**
 * `GET /api/boards/:id/checkpoints/:checkpointId`: the board as it was, in the shape of
 * `board.json` (records by id and the schema they were written with).
 */
export interface CheckpointResponse {
  checkpoint: CheckpointSummary
  schema: unknown
  records: Record<string, unknown>
}

/** `POST /api/boards/:id/checkpoints` (facilitator): a named checkpoint of the board now. */
export interface CreateCheckpointRequest {
  label: string
}

/** Routes of a board's checkpoints (README "History and checkpoints"). */
export const checkpointPaths = {
  /** GET (any role): the list; POST (facilitator): take a named checkpoint. */
  list: (boardId: BoardId) => `/api/boards/${boardId}/checkpoints`,
  /** GET (any role): one checkpoint's records. */
  one: (boardId: BoardId, checkpointId: number | string) =>
    `/api/boards/${boardId}/checkpoints/${checkpointId}`,
  /** POST (facilitator): make the board as it was then, as a new change (H27). */
  restore: (boardId: BoardId, checkpointId: number | string) =>
    `/api/boards/${boardId}/checkpoints/${checkpointId}/restore`,
} as const

/**
 * `POST …/checkpoints/:id/restore` answers with the checkpoint taken of the board just
 * before (kind `restore`) and the one restored.
 */
export interface RestoreCheckpointResponse {
  before: CheckpointSummary
  restored: CheckpointSummary
}
