import type { TLShape, TLShapeId } from '@tldraw/tlschema'
import { GRID_DEFAULT_SIZE, GRID_TYPE, type GridShape } from '../coproduction/grid.js'
import { LADDER_DEFAULT_SIZE, LADDER_TYPE, type LadderShape } from '../coproduction/ladder.js'
import {
  SIX_ELEMENTS_DEFAULT_SIZE,
  SIX_ELEMENTS_TYPE,
  type SixElementsShape,
} from '../coproduction/sixElements.js'
import type { DomainWords } from '../i18n/domainWords.js'
import { ellipseShape, lockedShape, siblingIndex, textShape, type Placed } from './shapeRecords.js'

/** Where a section's content goes: its frame, and the content area's top-left corner in it. */
export interface ContentArea {
  frameId: TLShapeId
  x: number
  y: number
  /** Builds the id of the section's `part`. */
  id(part: string): TLShapeId
  /** The words of the language the board is made in. */
  words: DomainWords
}

/**
 * One activity of a workshop: a frame with instructions for the group at the top and
 * the activity's shapes below them. Its name and instructions are the domain words
 * `section.<id>.name` and `section.<id>.instructions`, in the board's language. `content` returns the shapes inside the frame after
 * the instructions (their indices start at 2; 1 is the instructions).
 */
export interface Section {
  /** Also the id of the template that holds just this section. */
  id: 'asset-map' | 'network-map' | 'coproduction-grid' | 'ladder' | 'six-elements'
  width: number
  height: number
  content(area: ContentArea): TLShape[]
}

const place = (area: ContentArea, part: string, n: number, x: number, y: number): Placed => ({
  id: area.id(part),
  parentId: area.frameId,
  index: siblingIndex(n + 2),
  x: area.x + x,
  y: area.y + y,
})

const assetMap: Section = {
  id: 'asset-map',
  width: 1600,
  height: 900,
  content: () => [],
}

const RINGS = [
  { part: 'ring-services', ring: 'services', diameter: 1600, color: 'grey' },
  { part: 'ring-community', ring: 'community', diameter: 1160, color: 'green' },
  { part: 'ring-close', ring: 'close', diameter: 720, color: 'blue' },
  { part: 'ring-me', ring: 'me', diameter: 280, color: 'violet' },
] as const

const LABEL_WIDTH = 200

const networkMap: Section = {
  id: 'network-map',
  width: 1600,
  height: 1600,
  content(area) {
    const centre = 800
    // Largest first, so smaller rings are drawn above; each label sits just inside the
    // top of its ring.
    return RINGS.flatMap((ring, i) => {
      const edge = centre - ring.diameter / 2
      return [
        ellipseShape(
          place(area, ring.part, 2 * i, edge, edge),
          ring.diameter,
          ring.diameter,
          ring.color,
        ),
        textShape(
          place(area, `${ring.part}-label`, 2 * i + 1, centre - LABEL_WIDTH / 2, edge + 20),
          LABEL_WIDTH,
          area.words.translate(`section.network-map.ring.${ring.ring}`),
          { size: 'l', textAlign: 'middle' },
        ),
      ]
    })
  },
}

const coproductionGrid: Section = {
  id: 'coproduction-grid',
  width: GRID_DEFAULT_SIZE.w,
  height: GRID_DEFAULT_SIZE.h,
  content: (area) => [
    lockedShape<GridShape>(place(area, 'grid', 0, 0, 0), GRID_TYPE, {
      ...GRID_DEFAULT_SIZE,
      label: '',
    }),
  ],
}

const ladder: Section = {
  id: 'ladder',
  width: LADDER_DEFAULT_SIZE.w,
  height: LADDER_DEFAULT_SIZE.h,
  content: (area) => [
    lockedShape<LadderShape>(place(area, 'ladder', 0, 0, 0), LADDER_TYPE, {
      ...LADDER_DEFAULT_SIZE,
      label: '',
    }),
  ],
}

const sixElements: Section = {
  id: 'six-elements',
  width: SIX_ELEMENTS_DEFAULT_SIZE.w,
  height: SIX_ELEMENTS_DEFAULT_SIZE.h,
  content: (area) => [
    lockedShape<SixElementsShape>(place(area, 'check', 0, 0, 0), SIX_ELEMENTS_TYPE, {
      ...SIX_ELEMENTS_DEFAULT_SIZE,
      label: '',
    }),
  ],
}

/** In the order a session usually takes them. */
export const SECTIONS: readonly Section[] = [
  assetMap,
  networkMap,
  coproductionGrid,
  ladder,
  sixElements,
]
