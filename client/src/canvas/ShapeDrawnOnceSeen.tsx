import { forwardRef } from 'react'
import {
  atom,
  DefaultShapeWrapper,
  react,
  useEditor,
  useValue,
  type Atom,
  type Editor,
  type TLShapeId,
  type TLShapeWrapperProps,
} from 'tldraw'

/**
 * Which shapes of an editor have been in view at least once. One reactor follows
 * tldraw's culled set; each shape has an atom of its own, so a shape coming into view
 * re-renders that shape alone, and a pan costs one pass over the page's shape ids.
 */
class ShapesSeen {
  private readonly seen = new Set<TLShapeId>()
  private readonly atoms = new Map<TLShapeId, Atom<boolean>>()

  constructor(editor: Editor) {
    const stop = react('shapes seen', () => {
      const culled = editor.getCulledShapes()
      for (const id of editor.getCurrentPageShapeIds()) {
        if (culled.has(id) || this.seen.has(id)) continue
        this.seen.add(id)
        this.atoms.get(id)?.set(true)
      }
    })
    editor.disposables.add(stop)
  }

  of(id: TLShapeId): Atom<boolean> {
    let seen = this.atoms.get(id)
    if (seen === undefined) {
      seen = atom(`seen ${id}`, this.seen.has(id))
      this.atoms.set(id, seen)
    }
    return seen
  }
}

const shapesSeen = new WeakMap<Editor, ShapesSeen>()

function shapesSeenBy(editor: Editor): ShapesSeen {
  let seen = shapesSeen.get(editor)
  if (seen === undefined) {
    seen = new ShapesSeen(editor)
    shapesSeen.set(editor, seen)
  }
  return seen
}

/**
 * tldraw's shape wrapper, leaving the shape's content out until the shape has first been
 * in view. tldraw mounts every shape's component and hides the culled ones with
 * `display: none`, so opening a board of 5,000 shapes drew all 5,000 (paths, labels) to
 * show the forty on screen. A shape drawn once stays mounted, so panning back is as
 * before. Shapes tldraw never culls (selected, being edited, or `canCull` false) are in
 * view by its definition and draw at once.
 */
export const ShapeDrawnOnceSeen = forwardRef<HTMLDivElement, TLShapeWrapperProps>(
  function ShapeDrawnOnceSeen({ children, ...props }, ref) {
    const editor = useEditor()
    const seen = useValue(shapesSeenBy(editor).of(props.shape.id))
    return (
      <DefaultShapeWrapper ref={ref} {...props}>
        {seen ? children : null}
      </DefaultShapeWrapper>
    )
  },
)
