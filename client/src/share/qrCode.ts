import { create } from 'qrcode'

/** Light modules around the code; the QR standard asks for four. */
export const QUIET_ZONE = 4

export interface QrDrawing {
  /** Modules per side, without the quiet zone. */
  size: number
  /** One SVG path of every dark module, in module units. */
  path: string
}

/**
 * The QR code of `text` as one SVG path, a rectangle per run of dark modules in a row.
 * Drawn by React rather than injected as markup, so nothing from a string reaches the DOM.
 * Error correction M: a projected code is seen whole, so more capacity is not needed and
 * fewer, larger modules read better from the back of a room.
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const { size } = modules
  const runs: string[] = []
  for (let row = 0; row < size; row++) {
    let start = -1
    for (let col = 0; col <= size; col++) {
      const dark = col < size && modules.get(row, col) === 1
      if (dark && start < 0) start = col
      if (!dark && start >= 0) {
        runs.push(`M${start} ${row}h${col - start}v1h${start - col}z`)
        start = -1
      }
    }
  }
  return { size, path: runs.join('') }
}
