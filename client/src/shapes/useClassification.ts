import { useT } from '../i18n/useT'
import { classifyByGrid, classifyByLadder, type Rect } from '@common-ground/shared'
import { useEditor, useValue, type Editor, type TLShape } from 'tldraw'
import { describePlacement } from './placement'

/** The first of the page's shapes of `type` (in page order) that `classify` places a card on. */
function firstPlacement<R>(
  editor: Editor,
  type: 'cg-grid' | 'cg-ladder',
  card: Rect,
  classify: (
    frame: { x: number; y: number; props: { w: number; h: number } },
    card: Rect,
  ) => R | null,
): R | null {
  for (const shape of editor.getCurrentPageShapesSorted()) {
    if (shape.type !== type) continue
    const bounds = editor.getShapePageBounds(shape.id)
    if (!bounds) continue
    const found = classify({ x: bounds.x, y: bounds.y, props: { w: bounds.w, h: bounds.h } }, card)
    if (found !== null) return found
  }
  return null
}

/**
 * Where a card sits on the grid and ladder, live: dropping it on a cell or a rung
 * classifies it (shared's classify functions, the same the exports use).
 */
export function useClassification(shape: TLShape): string | null {
  const editor = useEditor()
  const { t, words } = useT()
  return useValue(
    'classification',
    () => {
      const bounds = editor.getShapePageBounds(shape.id)
      if (!bounds) return null
      const card = { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h }
      return describePlacement(
        {
          gridCell: firstPlacement(editor, 'cg-grid', card, classifyByGrid),
          ladderRung: firstPlacement(editor, 'cg-ladder', card, classifyByLadder),
        },
        t,
        words,
      )
    },
    [editor, shape.id, t, words],
  )
}
