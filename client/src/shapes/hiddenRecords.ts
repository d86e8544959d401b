/** Shape types that are records, never drawn: ratings, their totals, the session. */
const HIDDEN_RECORD_TYPES: ReadonlySet<string> = new Set([
  'cg-rating',
  'cg-rating-totals',
  'cg-session',
])

export function isHiddenRecord(shape: { type: string }): boolean {
  return HIDDEN_RECORD_TYPES.has(shape.type)
}
