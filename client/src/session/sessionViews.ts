import type { Editor } from 'tldraw'
import type { SessionStage } from '@common-ground/shared'
import { isHiddenRecord } from '../shapes/hiddenRecords'

/**
 * Moving a person's view (SPEC 26, 27, 29). Each screen fits the same page area, so a
 * phone and a wall display both see the whole stage, each at its own zoom.
 */
export interface PageArea {
  x: number
  y: number
  w: number
  h: number
}

/** Never closer than 100 %: a small area is shown at its size, not blown up. */
const MAX_FIT_ZOOM = 1

/** Fits `area` in this person's view. */
export function fitArea(editor: Editor, area: PageArea, animate = true): void {
  // The canvas may have just changed size (the session bar appeared above it); tldraw
  // learns of that from a resize observer, possibly after this.
  editor.updateViewportScreenBounds(editor.getContainer())
  const screen = editor.getViewportScreenBounds()
  // A margin that suits a phone and a desktop alike.
  const inset = Math.min(48, Math.round(Math.min(screen.w, screen.h) * 0.05))
  editor.zoomToBounds(area, {
    inset,
    targetZoom: MAX_FIT_ZOOM,
    ...(animate ? { animation: { duration: 300 } } : {}),
  })
}

/** The page area of a stage: its frame's bounds, or null if it has none (any more). */
export function stageArea(editor: Editor, stage: SessionStage | null): PageArea | null {
  if (stage === null || stage.frameId === null) return null
  const bounds = editor.getShapePageBounds(stage.frameId as never)
  return bounds ? { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h } : null
}

/** Everything drawn on the page, or null for an empty page (SPEC 29). */
export function contentArea(editor: Editor): PageArea | null {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const shape of editor.getCurrentPageShapes()) {
    if (isHiddenRecord(shape) || shape.parentId !== editor.getCurrentPageId()) continue
    const bounds = editor.getShapePageBounds(shape.id)
    if (!bounds) continue
    minX = Math.min(minX, bounds.minX)
    minY = Math.min(minY, bounds.minY)
    maxX = Math.max(maxX, bounds.maxX)
    maxY = Math.max(maxY, bounds.maxY)
  }
  if (minX === Infinity) return null
  return { x: minX, y: minY, w: Math.max(1, maxX - minX), h: Math.max(1, maxY - minY) }
}

/** What this person sees now, in page coordinates ("bring everyone here"). */
export function viewArea(editor: Editor): PageArea {
  const { x, y, w, h } = editor.getViewportPageBounds()
  return { x, y, w: Math.max(1, w), h: Math.max(1, h) }
}
