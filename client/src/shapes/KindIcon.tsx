import type { AssetKind } from '@common-ground/shared'
import type { ReactNode } from 'react'

/**
 * Drawn icons for the asset kinds and for people. Shared names an emoji per kind, but
 * many projectors' and kiosks' systems have no emoji font and show empty boxes; these
 * draw the same idea with lines, in the card's text colour. Decorative: the kind's name
 * is always written beside them.
 */
const PATHS: Record<AssetKind | 'person' | 'group', ReactNode> = {
  skill: <path d="M14 6a4 4 0 0 1 4 5l-8 8-3-3 8-8a4 4 0 0 1-1-2Zm-9 13 2 2" />,
  time: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  knowledge: (
    <path d="M4 5h6a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H4Zm16 0h-6a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h6Z" />
  ),
  'lived-experience': <path d="M4 5h16v10H10l-4 4v-4H4Z" />,
  place: (
    <>
      <path d="M12 21s-6-6-6-11a6 6 0 0 1 12 0c0 5-6 11-6 11Z" />
      <circle cx="12" cy="10" r="2" />
    </>
  ),
  organisation: <path d="M5 21V5h9v16M14 10h5v11M3 21h18M8 8h3M8 12h3M8 16h3" />,
  resource: <path d="M4 8l8-4 8 4v8l-8 4-8-4Zm0 0 8 4 8-4m-8 4v8" />,
  relationship: (
    <>
      <circle cx="8" cy="12" r="4" />
      <circle cx="16" cy="12" r="4" />
    </>
  ),
  person: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </>
  ),
  group: (
    <>
      <circle cx="9" cy="8" r="3" />
      <circle cx="16" cy="9" r="2.5" />
      <path d="M3 20a6 6 0 0 1 12 0M14 15a5 5 0 0 1 7 5" />
    </>
  ),
}

export function KindIcon({ kind, size = 20 }: { kind: keyof typeof PATHS; size?: number }) {
  return (
    <svg
      className="cg-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[kind]}
    </svg>
  )
}
