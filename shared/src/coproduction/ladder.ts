import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { rectCenter, type Rect } from './geometry.js'
import { lineText } from './text.js'

export const LADDER_TYPE = 'cg-ladder'

/**
 * The ladder of participation (DOMAIN.md), from least to most power shared, with the
 * band each rung belongs to (Think Local Act Personal). Names are the domain words
 * `ladder.rung.<id>` and `ladder.band.<id>`.
 */
export const LADDER_BANDS = [{ id: 'doing-to' }, { id: 'doing-for' }, { id: 'doing-with' }] as const

export const LADDER_RUNGS = [
  { id: 'coercion', band: 'doing-to' },
  { id: 'educating', band: 'doing-to' },
  { id: 'informing', band: 'doing-for' },
  { id: 'consultation', band: 'doing-for' },
  { id: 'engagement', band: 'doing-for' },
  { id: 'co-design', band: 'doing-with' },
  { id: 'co-production', band: 'doing-with' },
] as const

export type LadderRungId = (typeof LADDER_RUNGS)[number]['id']
export type LadderBandId = (typeof LADDER_BANDS)[number]['id']
export type LadderRung = (typeof LADDER_RUNGS)[number]

export function ladderRung(id: LadderRungId): LadderRung {
  return LADDER_RUNGS.find((rung) => rung.id === id)!
}

export interface LadderProps {
  w: number
  h: number
  /** What the group is placing, e.g. "Our planning meetings"; '' for none. */
  label: string
}

export type LadderShape = TLBaseShape<typeof LADDER_TYPE, LadderProps>

export const ladderShapeProps: RecordProps<LadderShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  label: lineText,
}

export const ladderShapeVersions = createShapePropsMigrationIds(LADDER_TYPE, { AddLabel: 1 })

export const ladderShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: ladderShapeVersions.AddLabel,
      up: (props: Record<string, unknown>) => {
        props.label = ''
      },
      down: (props: Record<string, unknown>) => {
        delete props.label
      },
    },
  ],
})

export const LADDER_DEFAULT_SIZE = { w: 1000, h: 1050 } as const

/** Share of the ladder's width taken by the bands column on its left. */
const BAND_COLUMN_SHARE = 0.22

export interface LadderLayout {
  /** Rungs bottom (coercion) to top (co-production); each spans right of the bands column. */
  rungs: { rung: LadderRung; rect: Rect }[]
  /** One rectangle per band in the left column, beside the rungs it groups. */
  bands: { id: LadderBandId; rect: Rect }[]
}

/**
 * Where each rung and band of a ladder of size `w` × `h` is drawn, relative to the
 * shape's top-left corner: equal rungs stacked with the least power at the bottom, as on
 * a ladder. The canvas draws from this and {@link classifyByLadder} reads it.
 */
export function ladderLayout({ w, h }: { w: number; h: number }): LadderLayout {
  const bandsW = w * BAND_COLUMN_SHARE
  const rungH = h / LADDER_RUNGS.length
  const rungs = LADDER_RUNGS.map((rung, i) => ({
    rung,
    rect: { x: bandsW, y: h - (i + 1) * rungH, w: w - bandsW, h: rungH },
  }))
  const bands = LADDER_BANDS.map((band) => {
    const own = rungs.filter(({ rung }) => rung.band === band.id).map(({ rect }) => rect)
    const top = Math.min(...own.map((rect) => rect.y))
    const bottom = Math.max(...own.map((rect) => rect.y + rect.h))
    return { ...band, rect: { x: 0, y: top, w: bandsW, h: bottom - top } }
  })
  return { rungs, bands }
}

/**
 * The rung a card lies on: the one whose row (across the whole width of the ladder,
 * bands column included) contains the centre of `cardBounds`; null when the centre is
 * off the ladder. Same page-space and rotation assumptions as `classifyByGrid`.
 */
export function classifyByLadder(
  ladder: { x: number; y: number; props: { w: number; h: number } },
  cardBounds: Rect,
): LadderRungId | null {
  const centre = rectCenter(cardBounds)
  const local = { x: centre.x - ladder.x, y: centre.y - ladder.y }
  if (local.x < 0 || local.x >= ladder.props.w) return null
  for (const { rung, rect } of ladderLayout(ladder.props).rungs) {
    if (local.y >= rect.y && local.y < rect.y + rect.h) return rung.id
  }
  return null
}
