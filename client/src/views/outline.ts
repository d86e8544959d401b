/**
 * The outline: everything on the board as text, for people who cannot see the canvas or
 * would rather read (screen readers see nothing of tldraw's shapes). Each frame is a
 * section; in it, its notes, texts, shapes with words, cards and arrows in reading order
 * (rows from top to bottom, each row left to right). Built from plain data so it can be
 * tested without an editor; outlineFromEditor.ts reads the editor into this form.
 */

export type OutlineKind = 'note' | 'text' | 'geo' | 'asset' | 'person' | 'arrow'

export interface OutlineInput {
  id: string
  kind: OutlineKind | 'frame'
  /** The nearest frame it sits in, or null when it is on the page itself. */
  frameId: string | null
  /** Page bounds. */
  x: number
  y: number
  w: number
  h: number
  /** Its words: a note's text, a card's title, an arrow's label, a frame's name. */
  text: string
  /** More words: a card's description and holder, an arrow's ends. */
  detail?: string
  /** Template shapes are locked: read, never changed or moved from the outline. */
  locked?: boolean
}

export interface OutlineItem {
  id: string
  kind: OutlineKind
  text: string
  detail: string
  locked?: boolean
}

export interface OutlineSection {
  /** The frame's id, or null for what lies outside every frame. */
  frameId: string | null
  /** The frame's name ('' when it has none); '' for the outside section. */
  title: string
  items: OutlineItem[]
}

/**
 * Reading order: sorted by top edge into rows (an item whose top is above the middle of
 * the row's first item joins that row), each row left to right.
 */
export function inReadingOrder<T extends { x: number; y: number; h: number }>(
  things: readonly T[],
): T[] {
  const byTop = [...things].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: T[][] = []
  let rowBottom = -Infinity
  for (const thing of byTop) {
    const row = rows.at(-1)
    if (row !== undefined && thing.y < rowBottom) row.push(thing)
    else {
      rows.push([thing])
      rowBottom = thing.y + thing.h / 2
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x))
}

/** Shapes and arrows without words are left out: there is nothing to read. */
const hasWords = (input: OutlineInput) =>
  input.kind === 'note' ||
  input.kind === 'asset' ||
  input.kind === 'person' ||
  input.text.trim() !== '' ||
  (input.kind === 'arrow' && (input.detail ?? '') !== '')

export function buildOutline(inputs: readonly OutlineInput[]): OutlineSection[] {
  const frames = inReadingOrder(inputs.filter((input) => input.kind === 'frame'))
  const frameIds = new Set(frames.map((frame) => frame.id))
  const itemsIn = new Map<string | null, OutlineInput[]>()
  for (const input of inputs) {
    if (input.kind === 'frame' || !hasWords(input)) continue
    const home = input.frameId !== null && frameIds.has(input.frameId) ? input.frameId : null
    const list = itemsIn.get(home) ?? []
    list.push(input)
    itemsIn.set(home, list)
  }
  const toItems = (list: OutlineInput[] = []) =>
    inReadingOrder(list).map(({ id, kind, text, detail, locked }) => ({
      id,
      kind: kind as OutlineKind,
      text,
      detail: detail ?? '',
      ...(locked ? { locked } : {}),
    }))
  const sections: OutlineSection[] = frames.map((frame) => ({
    frameId: frame.id,
    title: frame.text,
    items: toItems(itemsIn.get(frame.id)),
  }))
  const outside = itemsIn.get(null)
  if (outside !== undefined || sections.length === 0) {
    sections.push({ frameId: null, title: '', items: toItems(outside) })
  }
  return sections
}
