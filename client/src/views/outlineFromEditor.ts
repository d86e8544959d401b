import {
  createShapeId,
  toRichText,
  type Editor,
  type TLArrowBinding,
  type TLParentId,
  type TLShape,
  type TLShapeId,
} from 'tldraw'
import { nextFreeSlot, type Rect } from './layout'
import type { OutlineInput, OutlineKind } from './outline'

/**
 * The editor's current page as outline input, and the outline's edits. Reads records and
 * bindings only, never the DOM, so it works as well on an editor without a canvas (when
 * the canvas is hidden, BoardSession keeps a headless one).
 */

const KINDS: Record<string, OutlineKind | 'frame'> = {
  frame: 'frame',
  note: 'note',
  text: 'text',
  geo: 'geo',
  arrow: 'arrow',
  'cg-asset': 'asset',
  'cg-person': 'person',
}

/** The shapes whose words the outline can change. */
export const EDITABLE_KINDS: readonly OutlineKind[] = ['note', 'text', 'geo']

function wordsOf(editor: Editor, shape: TLShape): string {
  if (shape.type === 'frame') return (shape.props as { name?: string }).name ?? ''
  if (shape.type === 'cg-asset') return (shape.props as { title: string }).title
  if (shape.type === 'cg-person') return (shape.props as { label: string }).label
  return editor.getShapeUtil(shape).getText(shape) ?? ''
}

function detailOf(editor: Editor, shape: TLShape): string {
  if (shape.type === 'cg-asset') {
    const { description, heldBy } = shape.props as { description: string; heldBy: string }
    return [description, heldBy].filter(Boolean).join('; ')
  }
  if (shape.type === 'cg-person') {
    return (shape.props as { organisation: string }).organisation
  }
  if (shape.type === 'arrow') {
    const bindings = editor.getBindingsFromShape<TLArrowBinding>(shape, 'arrow')
    const end = (terminal: 'start' | 'end') => {
      const binding = bindings.find((b) => b.props.terminal === terminal)
      const target = binding ? editor.getShape(binding.toId) : undefined
      return target ? wordsOf(editor, target).trim() || '?' : '?'
    }
    return bindings.length === 0 ? '' : `${end('start')} → ${end('end')}`
  }
  return ''
}

function frameOf(editor: Editor, shape: TLShape): TLShapeId | null {
  const frame = editor.findShapeAncestor(shape, (ancestor) => ancestor.type === 'frame')
  return frame?.id ?? null
}

export function outlineInputs(editor: Editor): OutlineInput[] {
  const inputs: OutlineInput[] = []
  for (const shape of editor.getCurrentPageShapesSorted()) {
    const kind = KINDS[shape.type]
    if (kind === undefined) continue
    const bounds = editor.getShapePageBounds(shape)
    if (!bounds) continue
    inputs.push({
      id: shape.id,
      kind,
      frameId: frameOf(editor, shape),
      x: bounds.x,
      y: bounds.y,
      w: bounds.w,
      h: bounds.h,
      text: wordsOf(editor, shape),
      detail: detailOf(editor, shape),
      locked: shape.isLocked,
    })
  }
  return inputs
}

const NOTE_SIZE = { w: 200, h: 200 }

/** A free spot in the frame (or near the middle of the page's contents, for none). */
function freeSpotIn(editor: Editor, frameId: TLShapeId | null, size: { w: number; h: number }) {
  const area = frameId ? editor.getShapePageBounds(frameId) : editor.getCurrentPageBounds()
  const centre = area?.center ?? editor.getViewportPageBounds().center
  const occupied: Rect[] = []
  const shapes = frameId
    ? editor.getSortedChildIdsForParent(frameId).map((id) => editor.getShape(id)!)
    : editor.getCurrentPageShapes()
  for (const shape of shapes) {
    if (shape.type === 'arrow' || shape.type === 'cg-rating') continue
    const bounds = editor.getShapePageBounds(shape)
    if (bounds) occupied.push({ x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h })
  }
  return nextFreeSlot(centre, size, occupied)
}

/** Puts a shape at a page position inside `parent` (a frame, or the page). */
function placeIn(
  editor: Editor,
  id: TLShapeId,
  parent: TLParentId,
  page: { x: number; y: number },
) {
  editor.reparentShapes([id], parent)
  const shape = editor.getShape(id)
  if (!shape) return
  const local = editor.getPointInParentSpace(shape, page)
  editor.updateShape({ id, type: shape.type, x: local.x, y: local.y })
}

/**
 * Template frames are locked so a stray drag does not move them, and tldraw refuses to
 * change anything inside a locked frame. The outline changes only shapes that are not
 * locked themselves, inside such frames too.
 */
function unlessLocked(editor: Editor, id: TLShapeId, change: () => void): void {
  if (editor.getShape(id)?.isLocked) return
  editor.run(change, { ignoreShapeLock: true })
}

export function addNote(editor: Editor, frameId: TLShapeId | null, text: string): TLShapeId {
  const id = createShapeId()
  const spot = freeSpotIn(editor, frameId, NOTE_SIZE)
  editor.run(
    () => {
      editor.createShape({
        id,
        type: 'note',
        x: spot.x,
        y: spot.y,
        props: { richText: toRichText(text) },
      })
      if (frameId) placeIn(editor, id, frameId, spot)
    },
    { ignoreShapeLock: true },
  )
  return id
}

export function setWords(editor: Editor, id: TLShapeId, text: string): void {
  const shape = editor.getShape(id)
  const richText = toRichText(text)
  unlessLocked(editor, id, () => {
    if (shape?.type === 'note') editor.updateShape({ id, type: 'note', props: { richText } })
    else if (shape?.type === 'text') editor.updateShape({ id, type: 'text', props: { richText } })
    else if (shape?.type === 'geo') editor.updateShape({ id, type: 'geo', props: { richText } })
  })
}

export function removeItem(editor: Editor, id: TLShapeId): void {
  unlessLocked(editor, id, () => editor.deleteShapes([id]))
}

/** Moves an item into another frame (or out of every frame), to a free spot there. */
export function moveToFrame(editor: Editor, id: TLShapeId, frameId: TLShapeId | null): void {
  const bounds = editor.getShapePageBounds(id)
  if (!bounds) return
  const spot = freeSpotIn(editor, frameId, { w: bounds.w, h: bounds.h })
  unlessLocked(editor, id, () => placeIn(editor, id, frameId ?? editor.getCurrentPageId(), spot))
}
