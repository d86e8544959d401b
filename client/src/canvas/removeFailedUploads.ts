import type { Editor, TLShapeId } from 'tldraw'

/**
 * When an upload fails tldraw deletes the asset but leaves its image shape behind, an
 * empty frame that confuses people. Remove such shapes too. Only for local deletions:
 * a deletion that arrives from another participant brings its own shape changes.
 */
export function removeShapesOfFailedUploads(editor: Editor): () => void {
  return editor.sideEffects.registerAfterDeleteHandler('asset', (asset, source) => {
    if (source !== 'user') return
    const orphans: TLShapeId[] = []
    for (const shape of editor.getCurrentPageShapes()) {
      if (
        (editor.isShapeOfType(shape, 'image') || editor.isShapeOfType(shape, 'video')) &&
        shape.props.assetId === asset.id
      ) {
        orphans.push(shape.id)
      }
    }
    if (orphans.length > 0) editor.deleteShapes(orphans)
  })
}
