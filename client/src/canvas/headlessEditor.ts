import {
  defaultAddFontsFromNode,
  defaultBindingUtils,
  defaultShapeUtils,
  Editor,
  tipTapDefaultExtensions,
  type TLStore,
} from 'tldraw'
import { commonGroundShapeUtils } from '../shapes'

/**
 * An editor over the board's store with no canvas, for when tldraw has hidden its own
 * (no licence key on a public address: LicenceNotice.tsx). The side panel reads and
 * writes the board through an editor; this one keeps it fully usable. Its container is
 * an empty, invisible element (tldraw measures text in it), removed on dispose.
 */
export function createHeadlessEditor(store: TLStore): { editor: Editor; dispose: () => void } {
  const container = document.createElement('div')
  container.className = 'tl-container headless-editor'
  container.setAttribute('aria-hidden', 'true')
  document.body.append(container)
  const editor = new Editor({
    store,
    shapeUtils: [...defaultShapeUtils, ...commonGroundShapeUtils],
    bindingUtils: defaultBindingUtils,
    tools: [],
    getContainer: () => container,
    // <Tldraw> supplies these defaults itself; a bare Editor has none, and creating or
    // editing any shape with text (every card, note and label) throws without them.
    textOptions: {
      addFontsFromNode: defaultAddFontsFromNode,
      tipTapConfig: { extensions: tipTapDefaultExtensions },
    },
  })
  return {
    editor,
    dispose: () => {
      editor.dispose()
      container.remove()
    },
  }
}

/** What tldraw 5 renders in place of the editor once it has hidden the canvas. */
export const LICENCE_GATE_SELECTOR = '[data-testid="tl-license-expired"]'
