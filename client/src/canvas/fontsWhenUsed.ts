import type { Editor, TLShape } from 'tldraw'

/**
 * Fonts only when a shape uses them. On mount tldraw asks for every default font face
 * (16 files, about 1.4 MB) so any font is ready the moment someone picks it; on a phone
 * at 400 kbit/s that is half a minute of downloads before anything else. Its request is
 * queued for a microtask, and our onMount runs in the same task, so we drop the queue and
 * load instead the faces the page's shapes use, and each new face when a shape (ours or
 * someone else's) starts using it. Text in a face still loading shows in the fallback
 * font for a moment.
 */
export function loadFontsWhenUsed(editor: Editor): () => void {
  const queue = (editor.fonts as unknown as { fontsToLoad?: Set<unknown> }).fontsToLoad
  queue?.clear()
  void editor.fonts.loadRequiredFontsForCurrentPage()
  const load = (shape: TLShape) => {
    for (const face of editor.fonts.getShapeFontFaces(shape)) {
      void editor.fonts.ensureFontIsLoaded(face)
    }
  }
  const stopCreate = editor.sideEffects.registerAfterCreateHandler('shape', load)
  const stopChange = editor.sideEffects.registerAfterChangeHandler('shape', (_before, after) =>
    load(after),
  )
  return () => {
    stopCreate()
    stopChange()
  }
}
