import {
  checkpointPaths,
  historyPaths,
  isCheckpointKind,
  TAKES_PART_AS,
  type BoardId,
  type BoardSummaryResponse,
  type CheckpointResponse,
  type CheckpointSummary,
  type CreateCheckpointRequest,
  type RenameBoardRequest,
  type RestoreCheckpointResponse,
} from '@common-ground/shared'
import { requestJson, type FetchFn } from '../api/boardsApi'

/**
 * Checkpoints, restore, rename and the session summary (PROTOCOL.md H9–H10, H25–H30), as
 * the page calls them; every answer is checked before the page sees it.
 */
export function historyApi(fetchFn: FetchFn = (...args) => globalThis.fetch(...args)) {
  return {
    list: (boardId: BoardId) =>
      requestJson(fetchFn, checkpointPaths.list(boardId), { method: 'GET' }, parseList),
    read: (boardId: BoardId, id: number) =>
      requestJson(fetchFn, checkpointPaths.one(boardId, id), { method: 'GET' }, parseCheckpoint),
    take: (boardId: BoardId, label: string) =>
      requestJson(
        fetchFn,
        checkpointPaths.list(boardId),
        { method: 'POST', body: { label } satisfies CreateCheckpointRequest },
        parseSummary,
      ),
    restore: (boardId: BoardId, id: number) =>
      requestJson(
        fetchFn,
        checkpointPaths.restore(boardId, id),
        { method: 'POST', body: {} },
        parseRestore,
      ),
    rename: (boardId: BoardId, title: string) =>
      requestJson(
        fetchFn,
        historyPaths.title(boardId),
        { method: 'POST', body: { title } satisfies RenameBoardRequest },
        parseRename,
      ),
    summary: (boardId: BoardId) =>
      requestJson(fetchFn, historyPaths.summary(boardId), { method: 'GET' }, parseBoardSummary),
  }
}

export type HistoryApi = ReturnType<typeof historyApi>

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))

export function parseSummary(body: unknown): CheckpointSummary | null {
  const value = asRecord(body)
  if (value === null) return null
  const { id, kind, label, seq, createdAt, bytes, cards } = value
  if (!isCount(id) || !isCheckpointKind(kind) || !isCount(seq) || !isDate(createdAt)) return null
  if (label !== null && typeof label !== 'string') return null
  return {
    id,
    kind,
    label,
    seq,
    createdAt,
    bytes: isCount(bytes) ? bytes : 0,
    cards: isCount(cards) ? cards : null,
  }
}

function parseList(body: unknown): CheckpointSummary[] | null {
  const list = asRecord(body)?.checkpoints
  if (!Array.isArray(list)) return null
  const parsed = list.map(parseSummary)
  return parsed.every((entry) => entry !== null) ? (parsed as CheckpointSummary[]) : null
}

function parseCheckpoint(body: unknown): CheckpointResponse | null {
  const value = asRecord(body)
  const checkpoint = parseSummary(value?.checkpoint)
  const records = asRecord(value?.records)
  if (value === null || checkpoint === null || records === null) return null
  return { checkpoint, schema: value.schema, records }
}

function parseRestore(body: unknown): RestoreCheckpointResponse | null {
  const value = asRecord(body)
  const before = parseSummary(value?.before)
  const restored = parseSummary(value?.restored)
  return before !== null && restored !== null ? { before, restored } : null
}

function parseRename(body: unknown): RenameBoardRequest | null {
  const title = asRecord(body)?.title
  return typeof title === 'string' ? { title } : null
}

export function parseBoardSummary(body: unknown): BoardSummaryResponse | null {
  const value = asRecord(body)
  const participation = asRecord(value?.participation)
  const byGroup = asRecord(participation?.byGroup)
  if (value === null || participation === null || byGroup === null) return null
  const { title, archived, started, ended, archivedAt } = value
  if (typeof title !== 'string' || typeof archived !== 'boolean') return null
  const dateOrNull = (date: unknown) => (isDate(date) ? date : null)
  const groups = {} as BoardSummaryResponse['participation']['byGroup']
  for (const { id } of TAKES_PART_AS) groups[id] = isCount(byGroup[id]) ? byGroup[id] : 0
  return {
    title,
    archived,
    started: dateOrNull(started),
    ended: dateOrNull(ended),
    archivedAt: dateOrNull(archivedAt),
    participation: {
      people: isCount(participation.people) ? participation.people : 0,
      byGroup: groups,
      firstSeen: dateOrNull(participation.firstSeen),
      lastSeen: dateOrNull(participation.lastSeen),
    },
  }
}
