import type { Editor, TLFrameShape, TLShapeId } from 'tldraw'

/** The longest side of a picture, in pixels: enough for a printed page, small enough to email. */
export const PICTURE_MAX_PX = 3000
/** Never drawn larger than twice the board's own size (text stays sharp, files stay small). */
const PICTURE_MAX_SCALE = 2

export type PictureFormat = 'png' | 'svg'

/** What a picture can show: the whole page, or one frame (a stage of the session). */
export interface PictureArea {
  /** null for the whole board. */
  frameId: TLShapeId | null
  name: string
}

/** The frames of the current page, in reading order (top to bottom, then left to right). */
export function frameAreas(editor: Editor): PictureArea[] {
  return editor
    .getCurrentPageShapesSorted()
    .filter((shape): shape is TLFrameShape => shape.type === 'frame')
    .map((frame) => ({ frame, bounds: editor.getShapePageBounds(frame) }))
    .sort(
      (a, b) => (a.bounds?.x ?? 0) - (b.bounds?.x ?? 0) || (a.bounds?.y ?? 0) - (b.bounds?.y ?? 0),
    )
    .map(({ frame }) => ({ frameId: frame.id, name: frame.props.name }))
}

/**
 * A picture of `area` (SPEC 55): background on, scaled so its longest side is at most
 * PICTURE_MAX_PX. Throws when there is nothing to draw.
 */
export async function makePicture(
  editor: Editor,
  area: PictureArea,
  format: PictureFormat,
): Promise<Blob> {
  const ids: TLShapeId[] =
    area.frameId === null ? [...editor.getCurrentPageShapeIds()] : [area.frameId]
  const bounds =
    area.frameId === null ? editor.getCurrentPageBounds() : editor.getShapePageBounds(area.frameId)
  if (ids.length === 0 || bounds === undefined) throw new Error('Nothing to draw')
  const scale = Math.min(PICTURE_MAX_SCALE, PICTURE_MAX_PX / Math.max(bounds.w, bounds.h, 1))
  const options = { background: true, scale, pixelRatio: 1, padding: 32, darkMode: false }
  if (format === 'svg') {
    const svg = await editor.getSvgString(ids, options)
    if (svg === undefined) throw new Error('Nothing to draw')
    return new Blob([svg.svg], { type: 'image/svg+xml' })
  }
  const { blob } = await editor.toImage(ids, { ...options, format: 'png' })
  return blob
}
