import { useCallback, useMemo } from 'react'
import { Tldraw, type Editor, type TLStore } from 'tldraw'
import 'tldraw/tldraw.css'
import type { AssetPolicy } from './assetStore'
import { assetUrls } from './assetUrls'
import { exposeEditor } from './editorHandle'
import { removeShapesOfFailedUploads } from './removeFailedUploads'

export interface BoardCanvasProps {
  store: TLStore
  onEditorMount: (editor: Editor) => () => void
  licenseKey: string | undefined
  policy: AssetPolicy
}

const NO_VIDEO: readonly string[] = []

export function BoardCanvas({ store, onEditorMount, licenseKey, policy }: BoardCanvasProps) {
  // tldraw checks dropped files against these before calling our asset store, so a file
  // the server would refuse never shows a half-made image on the board.
  const imageTypes = useMemo(
    () => policy.assetTypes.filter((type) => type.startsWith('image/')),
    [policy.assetTypes],
  )

  const handleMount = useCallback(
    (editor: Editor) => {
      const stopSync = onEditorMount(editor)
      const stopCleanup = removeShapesOfFailedUploads(editor)
      const withdraw = exposeEditor(editor)
      return () => {
        withdraw()
        stopCleanup()
        stopSync()
      }
    },
    [onEditorMount],
  )

  return (
    <div className="canvas" data-testid="canvas">
      <Tldraw
        store={store}
        onMount={handleMount}
        licenseKey={licenseKey}
        assetUrls={assetUrls}
        maxAssetSize={policy.maxAssetBytes}
        acceptedImageMimeTypes={imageTypes}
        acceptedVideoMimeTypes={NO_VIDEO}
      />
    </div>
  )
}
