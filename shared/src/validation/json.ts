/**
 * True for values that survive `JSON.stringify`/`JSON.parse` unchanged: null, booleans,
 * finite numbers, strings, arrays of these and plain objects of these. Yjs can carry more
 * (`Uint8Array`, `bigint`, `undefined` in arrays, non-finite numbers); none of that
 * belongs in a board. An object property that is `undefined` is allowed: JSON drops it,
 * and tldraw's optional fields may hold it.
 */
export function isJsonValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(value)
    case 'object':
      if (value === null) return true
      if (Array.isArray(value)) return value.every(isJsonValue)
      return isJsonObject(value)
    default:
      return false
  }
}

/** A plain object (not an array, not a class instance) whose values are JSON. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  return Object.values(value).every((v) => v === undefined || isJsonValue(v))
}

/**
 * A YKeyValue entry as a board's doc stores it: `{ key, val }` with a string key and no
 * other fields; null for anything else. The server reads `records` and `motion` entries
 * through it before checking their values.
 */
export function keyValueEntry(entry: unknown): { key: string; val: unknown } | null {
  if (!isJsonObject(entry)) return null
  const { key, val, ...rest } = entry
  return typeof key === 'string' && Object.keys(rest).length === 0 ? { key, val } : null
}
