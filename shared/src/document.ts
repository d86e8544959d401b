/**
 * The layout of a board's Y.Doc. The tldraw binding on the client writes it and the
 * server's validators read it, so both must use these names.
 *
 * - `records`: a Y.Array driven by y-utility's YKeyValue; each entry is `{ key, val }`
 *   where `key` is a tldraw record id and `val` the whole record. YKeyValue keeps one
 *   entry per key, so repeated edits do not grow the document the way a Y.Map per
 *   record would (Y.Map keeps every overwritten value's tombstone).
 * - `meta`: a Y.Map; `meta.get('schema')` is the tldraw `SerializedSchema` of the
 *   newest client that wrote the board.
 * - `motion`: a Y.Array driven by YKeyValue like `records`; `key` is a shape id and `val`
 *   `{ x, y, rotation }`, where a shape is while someone moves it. A shape's record is
 *   its `records` value with its `motion` entry laid over it (`motion.ts`). A move sends
 *   these ~60 bytes instead of the whole ~400-byte record; the mover folds the position
 *   back into `records` and deletes the entry once the shape rests.
 */
export const Y_RECORDS = 'records'
export const Y_META = 'meta'
export const Y_MOTION = 'motion'
export const META_SCHEMA_KEY = 'schema'
/** H29: the board's title, written by the server when the facilitator renames it. */
export const META_TITLE_KEY = 'title'

/** Root types a board's Y.Doc may contain; anything else is foreign. */
export const Y_ROOT_TYPES = [Y_RECORDS, Y_META, Y_MOTION] as const
