import { useMemo } from 'react'
import { QUIET_ZONE, qrDrawing } from './qrCode'

/**
 * A QR code big enough to scan from a projector screen across a room: black on white
 * whatever the page's theme, drawn as vector so it stays sharp at any size.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrDrawing(text), [text])
  const extent = size + QUIET_ZONE * 2
  return (
    <svg
      className="qr-code"
      data-testid="participant-qr"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={extent} height={extent} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  )
}
