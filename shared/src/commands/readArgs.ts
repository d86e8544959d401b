/** Small readers of untrusted command arguments, shared by every command file. */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const SHAPE_ID = /^shape:[A-Za-z0-9_.:-]{1,120}$/
const PARENT_ID = /^(shape|page):[A-Za-z0-9_.:-]{1,120}$/

export function isShapeId(value: unknown): value is string {
  return typeof value === 'string' && SHAPE_ID.test(value)
}

/** A frame or a page: what a vote or the voice balance record hangs from. */
export function isParentId(value: unknown): value is string {
  return typeof value === 'string' && PARENT_ID.test(value)
}

export function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
}

export function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max
}
