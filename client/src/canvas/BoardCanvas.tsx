import { useCallback, useEffect, useMemo, useRef } from 'react'
import { DotBadges } from '../voting/DotBadges'
import {
  Tldraw,
  type Editor,
  type TLComponents,
  type TLShape,
  type TLStore,
  type TLUiOverrides,
} from 'tldraw'
import 'tldraw/tldraw.css'
import { useT } from '../i18n/useT'
import { canvasShapeUtils } from '../shapes'
import { isHiddenRecord, protectServerRecords } from '../shapes/hiddenRecords'
import type { AssetPolicy } from './assetStore'
import { assetUrls } from './assetUrls'
import { exposeEditor } from './editorHandle'
import { LICENCE_GATE_SELECTOR } from './headlessEditor'
import { loadFontsWhenUsed } from './fontsWhenUsed'
import { removeShapesOfFailedUploads } from './removeFailedUploads'
import { ShapeDrawnOnceSeen } from './ShapeDrawnOnceSeen'
import { tldrawLocale } from './tldrawLocale'

export interface BoardCanvasProps {
  store: TLStore
  onEditorMount: (editor: Editor) => () => void
  /** The editor once mounted, null once gone: the panel and the Add menu work through it. */
  onEditor?: (editor: Editor | null) => void
  licenseKey: string | undefined
  policy: AssetPolicy
  /** Whether this person may lock and unlock shapes (`mayLock`, PROTOCOL.md R39). */
  canLock: boolean
  /** tldraw hid its canvas (no licence for this address); see LicenceNotice. */
  onCanvasHidden?: () => void
}

const NO_VIDEO: readonly string[] = []

/** A big board opens drawing only what is in view (see ShapeDrawnOnceSeen). */
const components: TLComponents = { ShapeWrapper: ShapeDrawnOnceSeen, InFrontOfTheCanvas: DotBadges }

/**
 * SPEC 21: tldraw offers locking in the context menu, the Edit menu and on Shift+L; all
 * three read these actions, so taking them out takes the offer away everywhere. The
 * server refuses a lock change from anyone but a facilitator anyway (R39).
 */
const LOCK_ACTIONS = ['toggle-lock', 'unlock-all'] as const
const withoutLocking: TLUiOverrides = {
  actions(_editor, actions) {
    const kept = { ...actions }
    for (const id of LOCK_ACTIONS) delete kept[id]
    return kept
  },
}

/** Records the canvas never draws (ratings, their totals, the session). */
const getShapeVisibility = (shape: TLShape) => (isHiddenRecord(shape) ? 'hidden' : 'inherit')

export function BoardCanvas({
  store,
  onEditorMount,
  onEditor,
  licenseKey,
  policy,
  canLock,
  onCanvasHidden,
}: BoardCanvasProps) {
  // tldraw replaces the editor with an empty marker when it hides the canvas; watch for it.
  const containerRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const container = containerRef.current
    if (!container || !onCanvasHidden) return
    const check = () => {
      if (container.querySelector(LICENCE_GATE_SELECTOR) === null) return false
      onCanvasHidden()
      return true
    }
    if (check()) return
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect()
    })
    observer.observe(container, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [onCanvasHidden])
  // tldraw checks dropped files against these before calling our asset store, so a file
  // the server would refuse never shows a half-made image on the board.
  const imageTypes = useMemo(
    () => policy.assetTypes.filter((type) => type.startsWith('image/')),
    [policy.assetTypes],
  )

  // tldraw's menus follow our language picker, not the browser: one language on screen.
  const locale = tldrawLocale(useT().language)
  const localeRef = useRef(locale)
  const editorRef = useRef<Editor | null>(null)
  useEffect(() => {
    localeRef.current = locale
    editorRef.current?.user.updateUserPreferences({ locale })
  }, [locale])

  const handleMount = useCallback(
    (editor: Editor) => {
      const stopFonts = loadFontsWhenUsed(editor)
      // On a touch screen one finger pans the board (the hand tool, shown selected in the
      // toolbar); with the select tool a swipe would draw a selection box instead.
      if (window.matchMedia('(pointer: coarse)').matches) editor.setCurrentTool('hand')
      editorRef.current = editor
      editor.user.updateUserPreferences({ locale: localeRef.current })
      const stopSync = onEditorMount(editor)
      const stopCleanup = removeShapesOfFailedUploads(editor)
      const stopProtecting = protectServerRecords(editor)
      const withdraw = exposeEditor(editor)
      onEditor?.(editor)
      return () => {
        onEditor?.(null)
        editorRef.current = null
        withdraw()
        stopCleanup()
        stopProtecting()
        stopSync()
        stopFonts()
      }
    },
    [onEditorMount, onEditor],
  )

  return (
    <div className="canvas" data-testid="canvas" ref={containerRef}>
      <Tldraw
        store={store}
        shapeUtils={canvasShapeUtils}
        components={components}
        getShapeVisibility={getShapeVisibility}
        onMount={handleMount}
        licenseKey={licenseKey}
        assetUrls={assetUrls}
        maxAssetSize={policy.maxAssetBytes}
        acceptedImageMimeTypes={imageTypes}
        acceptedVideoMimeTypes={NO_VIDEO}
        overrides={canLock ? undefined : withoutLocking}
      />
    </div>
  )
}
