import { jsonEqual } from './jsonEqual.js'
import { isJsonObject, keyValueEntry } from './validation/json.js'

/**
 * Where a shape is while someone moves it: the `motion` entry of a board's doc
 * (`document.ts`). A drag changes nothing of a shape but these three numbers, so the
 * mover writes them alone, about a seventh of the bytes of the whole record, and writes
 * the whole record once the shape rests.
 */
export interface Motion {
  x: number
  y: number
  rotation: number
}

const MOTION_KEYS = ['x', 'y', 'rotation'] as const
const SHAPE_ID_PREFIX = 'shape:'

/** Whether a `motion` entry's `{ key, val }` may be in a board; null if so, else why not. */
export function checkMotionEntry(entry: unknown): string | null {
  const kv = keyValueEntry(entry)
  if (kv === null) return 'a motion entry that is not { key, val }'
  const { key, val } = kv
  if (!key.startsWith(SHAPE_ID_PREFIX)) return `motion for ${key}, which is not a shape`
  return isMotion(val) ? null : `motion for ${key} is not { x, y, rotation } in finite numbers`
}

export function isMotion(value: unknown): value is Motion {
  if (!isJsonObject(value)) return false
  const keys = Object.keys(value)
  return (
    keys.length === MOTION_KEYS.length &&
    MOTION_KEYS.every((k) => typeof value[k] === 'number' && Number.isFinite(value[k]))
  )
}

/** The part of a shape record a motion entry carries. */
export function motionOf<T>(record: { x: T; y: T; rotation: T }): { x: T; y: T; rotation: T } {
  return { x: record.x, y: record.y, rotation: record.rotation }
}

/**
 * A record as the board holds it: `stored` (a `records` value) with `motion` laid over
 * it. Everyone computes it from the same doc state, so everyone sees the same record.
 * A motion value that is not a {@link Motion}, or anything laid over a non-object, is
 * ignored rather than trusted: the server refuses such entries, and a reader of an
 * older or damaged board still gets the stored record.
 */
export function withMotion(stored: unknown, motion: unknown): unknown {
  if (motion === undefined || !isJsonObject(stored) || !isMotion(motion)) return stored
  return { ...stored, ...motionOf(motion) }
}

/**
 * True when `next` differs from `previous` in position and rotation only: the change a
 * drag makes, which a motion entry can carry. Both must be shape records with equal ids.
 */
export function isMotionOnlyChange(previous: unknown, next: unknown): boolean {
  if (!isJsonObject(previous) || !isJsonObject(next)) return false
  if (typeof next.id !== 'string' || !next.id.startsWith(SHAPE_ID_PREFIX)) return false
  const moved = motionOf(next as Record<keyof Motion, unknown>)
  if (previous.id !== next.id || !isMotion(moved)) return false
  const strip = (record: Record<string, unknown>) => {
    const { x: _x, y: _y, rotation: _rotation, ...rest } = record
    return rest
  }
  return jsonEqual(strip(previous), strip(next))
}
