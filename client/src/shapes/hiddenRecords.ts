import type { Editor } from 'tldraw'

/** Shape types that are records, never drawn: ratings, their totals, the session. */
const HIDDEN_RECORD_TYPES: ReadonlySet<string> = new Set([
  'cg-rating',
  'cg-rating-totals',
  'cg-session',
])

export function isHiddenRecord(shape: { type: string }): boolean {
  return HIDDEN_RECORD_TYPES.has(shape.type)
}

/**
 * SPEC 33: the session record is the server's (PROTOCOL.md R81). tldraw's "select all",
 * "unlock all", delete and move act on every shape of the page; this keeps them off it
 * here, so such an action never sends a change the server would refuse (and reload for).
 * Changes from the server arrive as remote changes and pass.
 */
export function protectServerRecords(editor: Editor): () => void {
  const stopChange = editor.sideEffects.registerBeforeChangeHandler(
    'shape',
    (prev, next, source) => (source === 'user' && prev.type === 'cg-session' ? prev : next),
  )
  const stopDelete = editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) =>
    source === 'user' && shape.type === 'cg-session' ? false : undefined,
  )
  return () => {
    stopChange()
    stopDelete()
  }
}
