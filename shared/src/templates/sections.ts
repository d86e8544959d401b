import type { TLShape, TLShapeId } from '@tldraw/tlschema'
import { GRID_DEFAULT_SIZE, GRID_TYPE, type GridShape } from '../coproduction/grid.js'
import { LADDER_DEFAULT_SIZE, LADDER_TYPE, type LadderShape } from '../coproduction/ladder.js'
import {
  SIX_ELEMENTS_DEFAULT_SIZE,
  SIX_ELEMENTS_TYPE,
  type SixElementsShape,
} from '../coproduction/sixElements.js'
import { ellipseShape, lockedShape, siblingIndex, textShape, type Placed } from './shapeRecords.js'

/** Where a section's content goes: its frame, and the content area's top-left corner in it. */
export interface ContentArea {
  frameId: TLShapeId
  x: number
  y: number
  /** Builds the id of the section's `part`. */
  id(part: string): TLShapeId
}

/**
 * One activity of a workshop: a frame with instructions for the group at the top and
 * the activity's shapes below them. `content` returns the shapes inside the frame after
 * the instructions (their indices start at 2; 1 is the instructions).
 */
export interface Section {
  /** Also the id of the template that holds just this section. */
  id: 'asset-map' | 'network-map' | 'coproduction-grid' | 'ladder' | 'six-elements'
  name: string
  instructions: string
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
  name: 'Our assets',
  instructions:
    'What do we already have? Add a card for each thing someone here brings: a skill, some time, ' +
    'knowledge, lived experience, a place, an organisation, a resource or a relationship. ' +
    'Write who holds it. Every card counts the same, whoever wrote it.',
  width: 1600,
  height: 900,
  content: () => [],
}

const RINGS = [
  { part: 'ring-services', label: 'Services', diameter: 1600, color: 'grey' },
  { part: 'ring-community', label: 'Community', diameter: 1160, color: 'green' },
  { part: 'ring-close', label: 'Close', diameter: 720, color: 'blue' },
  { part: 'ring-me', label: 'Me', diameter: 280, color: 'violet' },
] as const

const LABEL_WIDTH = 200

const networkMap: Section = {
  id: 'network-map',
  name: 'Our network',
  instructions:
    'Put a person or group in the middle ring. Add the people close to them in the next ring, ' +
    'then people and groups in the community, then services. Draw an arrow from one person to ' +
    'another and choose how they are connected: knows, supports, refers to, funds, co-delivers ' +
    'with or learns from. Look for people with few arrows, and for the usual suspects.',
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
          ring.label,
          { size: 'l', textAlign: 'middle' },
        ),
      ]
    })
  },
}

const coproductionGrid: Section = {
  id: 'coproduction-grid',
  name: 'Who plans, who delivers',
  instructions:
    'Who plans this service, and who delivers it? Put a card in the square that fits how it ' +
    'works today. Then put another card where you want it to be, and talk about what would ' +
    'have to change to get there.',
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
  name: 'How much power is shared',
  instructions:
    'How much say do people have in this activity? Put a card on the step that fits today, ' +
    'and one on the step you are aiming for. The lower steps do things to people, the middle ' +
    'ones do things for them; only the top two are doing with.',
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
  name: 'Is our service co-produced?',
  instructions:
    'Answer each question on your own, from 0 (not at all) to 4 (fully). Nobody else can ' +
    'change your answers. Then look at the answers together: where do you agree, and where not?',
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
