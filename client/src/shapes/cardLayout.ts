import type { Editor } from 'tldraw'

/**
 * How tall a card must be to show all its words. A card grows (never shrinks below its
 * size) rather than cutting text off: its geometry is this height, so selection, arrows
 * and the grid see the whole card. The numbers mirror the card styles in app.css
 * (`.cg-card…`); change both together.
 */
export const CARD_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
const BORDER = 3
const BODY_PADDING_X = 10
const BODY_PADDING_Y = 8
const GAP = 4

export interface CardLine {
  text: string
  fontSize: number
  lineHeight: number
  bold?: boolean
}

export const cardLine = {
  kind: (text: string): CardLine => ({ text, fontSize: 16, lineHeight: 1.25, bold: true }),
  title: (text: string): CardLine => ({ text, fontSize: 22, lineHeight: 1.15, bold: true }),
  text: (text: string): CardLine => ({ text, fontSize: 15, lineHeight: 1.3 }),
  meta: (text: string): CardLine => ({ text, fontSize: 15, lineHeight: 1.3 }),
  place: (text: string): CardLine => ({ text, fontSize: 13, lineHeight: 1.3, bold: true }),
}

function lineHeightOf(editor: Editor, line: CardLine, width: number): number {
  const measured = editor.textMeasure.measureText(line.text || ' ', {
    fontFamily: CARD_FONT_FAMILY,
    fontStyle: 'normal',
    fontWeight: line.bold ? '700' : '400',
    fontSize: line.fontSize,
    lineHeight: line.lineHeight,
    maxWidth: Math.max(1, width),
    padding: '0px',
  })
  return Math.ceil(measured.h)
}

/**
 * The height a card needs: a header strip (`header`, measured across the card), then a
 * body of `lines` stacked with gaps, in a body `bodyWidth` wide (the card's width less
 * what sits beside the body).
 */
export function cardHeight(
  editor: Editor,
  options: { width: number; beside?: number; header?: CardLine; lines: CardLine[] },
): number {
  const bodyWidth = options.width - 2 * BORDER - (options.beside ?? 0) - 2 * BODY_PADDING_X
  const header =
    options.header === undefined
      ? 0
      : lineHeightOf(editor, options.header, options.width - 2 * BORDER - 2 * BODY_PADDING_X) +
        2 * 4
  const lines = options.lines.map((line) => lineHeightOf(editor, line, bodyWidth))
  const body = lines.reduce((sum, h) => sum + h, 0) + GAP * Math.max(0, lines.length - 1)
  return 2 * BORDER + header + 2 * BODY_PADDING_Y + body
}
