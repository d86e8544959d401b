import { PERSON_TYPE } from '../coproduction/person.js'
import { RATING_TOTALS_TYPE } from '../coproduction/ratingTotals.js'
import { RATING_TYPE } from '../coproduction/sixElements.js'
import { VOTE_TYPE } from '../coproduction/vote.js'
import { PRIVATE_FRAME_TYPE } from '../coproduction/privateFrame.js'
import { VOICE_BALANCE_TYPE } from '../coproduction/voiceBalance.js'
import type { Role } from '../roles.js'
import { SESSION_TYPE } from '../session/sessionRecord.js'

/**
 * The one write policy of a board (PROTOCOL.md R35–R41). The server runs every record a
 * client inserts, changes or deletes through {@link checkRecordWrite}, and every motion
 * entry it inserts through {@link checkMotionWrite}; the client asks the same functions
 * before it offers an action (e.g. "Unlock"), so the UI never offers what the server
 * would refuse. Values are read defensively: `before` comes from a stored board, which
 * may be older than today's validators.
 */

/** Who is writing: their role on the board and the person the server vouches for. */
export interface Writer {
  role: Role
  personId: string
}

/** One record as it was before a change and as the change leaves it; null for none. */
export interface RecordChange {
  key: string
  before: unknown
  after: unknown
}

/** Why a change is refused; `rule` picks the close code and the words the writer sees. */
export type WriteRefusal = { rule: WriteRule; detail: string }
export type WriteRule = 'read-only' | 'locked' | 'not-yours' | 'server-only'

/**
 * Records only the server writes (R38): individual ratings are secrets the server keeps
 * (a client rates through the `rate` command), and the totals are what the server
 * computes from them. The session record is written through the facilitator's `session`
 * commands (R83). Votes, private mode and voice balance are the server's record of what
 * only it knows (R97, R104, R111).
 */
const SERVER_ONLY_TYPES: ReadonlySet<string> = new Set([
  RATING_TYPE,
  RATING_TOTALS_TYPE,
  SESSION_TYPE,
  VOTE_TYPE,
  PRIVATE_FRAME_TYPE,
  VOICE_BALANCE_TYPE,
])

export function checkRecordWrite(writer: Writer, change: RecordChange): WriteRefusal | null {
  const { key, before, after } = change
  if (writer.role === 'observer') return { rule: 'read-only', detail: `${key}: observers` }
  if (isServerOnly(before) || isServerOnly(after)) {
    return { rule: 'server-only', detail: `${key}: written by the server only` }
  }
  // R39, R40: the lock itself, and a locked shape, are the facilitator's.
  if (writer.role !== 'facilitator') {
    if (isLocked(before) !== isLocked(after)) {
      return { rule: 'locked', detail: `${key}: only a facilitator locks or unlocks` }
    }
    if (isLocked(before)) return { rule: 'locked', detail: `${key}: locked` }
  }
  // R36, R37: a record that names a person is theirs. Nobody writes one in someone
  // else's name; only the person changes what it says or deletes it (a facilitator may
  // delete one, as they may tidy any board); anyone may move it, as a card is moved on
  // a map.
  const owner = ownerOf(before)
  const newOwner = ownerOf(after)
  if (newOwner !== null && newOwner !== writer.personId && newOwner !== owner) {
    return { rule: 'not-yours', detail: `${key}: written in someone else's name` }
  }
  if (owner !== null && owner !== writer.personId) {
    if (after === null) {
      if (writer.role !== 'facilitator') return { rule: 'not-yours', detail: `${key}: deleted` }
    } else if (!samePropsAndOwner(before, after)) {
      return { rule: 'not-yours', detail: `${key}: someone else's` }
    }
  }
  return null
}

/**
 * R40: a motion entry moves a shape; `shape` is the shape's record as the board holds it
 * (null if it has none). Deleting a motion entry is always allowed: it only ends a move.
 */
export function checkMotionWrite(writer: Writer, key: string, shape: unknown): WriteRefusal | null {
  if (writer.role === 'observer') return { rule: 'read-only', detail: `${key}: observers` }
  if (writer.role !== 'facilitator' && isLocked(shape)) {
    return { rule: 'locked', detail: `${key}: moving a locked shape` }
  }
  return null
}

/** Whether `writer` may lock or unlock shapes (R39): what the UI asks before offering it. */
export function mayLock(writer: Pick<Writer, 'role'>): boolean {
  return writer.role === 'facilitator'
}

function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null
    ? (record as Record<string, unknown>)[name]
    : undefined
}

function isLocked(record: unknown): boolean {
  return field(record, 'isLocked') === true
}

function isServerOnly(record: unknown): boolean {
  const type = field(record, 'type')
  return field(record, 'typeName') === 'shape' && typeof type === 'string'
    ? SERVER_ONLY_TYPES.has(type)
    : false
}

/** The person a per-person record belongs to (a person card "this is me"), or null. */
function ownerOf(record: unknown): string | null {
  if (field(record, 'typeName') !== 'shape' || field(record, 'type') !== PERSON_TYPE) return null
  const owner = field(field(record, 'props'), 'participantId')
  return typeof owner === 'string' ? owner : null
}

function samePropsAndOwner(before: unknown, after: unknown): boolean {
  return (
    ownerOf(before) === ownerOf(after) &&
    JSON.stringify(field(before, 'props')) === JSON.stringify(field(after, 'props'))
  )
}
