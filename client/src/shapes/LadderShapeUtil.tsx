import { translate } from '../i18n/translate'
import { useT } from '../i18n/useT'
import {
  LADDER_DEFAULT_SIZE,
  ladderLayout,
  ladderShapeMigrations,
  ladderShapeProps,
  type LadderShape,
} from '@common-ground/shared'
import { BaseBoxShapeUtil, HTMLContainer } from 'tldraw'
import { place } from './GridShapeUtil'

const BAND_COLOURS: Record<string, string> = {
  'doing-to': '#ffe3e3',
  'doing-for': '#fff3bf',
  'doing-with': '#d3f9d8',
}

/** The ladder of participation: coercion at the bottom, co-production at the top. */
export class LadderShapeUtil extends BaseBoxShapeUtil<LadderShape> {
  static override type = 'cg-ladder' as const
  static override props = ladderShapeProps
  static override migrations = ladderShapeMigrations

  override getDefaultProps(): LadderShape['props'] {
    return { ...LADDER_DEFAULT_SIZE, label: '' }
  }

  override canEdit() {
    return false
  }

  override getAriaDescriptor(shape: LadderShape) {
    const { label } = shape.props
    return label ? translate('shape.ladder.ariaNamed', { label }) : translate('shape.ladder.aria')
  }

  override component(shape: LadderShape) {
    return <Ladder shape={shape} />
  }

  override getIndicatorPath(shape: LadderShape) {
    const path = new Path2D()
    path.rect(0, 0, shape.props.w, shape.props.h)
    return path
  }
}

function Ladder({ shape }: { shape: LadderShape }) {
  const { words } = useT()
  const { w, h, label } = shape.props
  const layout = ladderLayout(shape.props)
  return (
    <HTMLContainer className="cg-ladder" style={{ width: w, height: h }}>
      {layout.bands.map((band) => (
        <div
          key={band.id}
          className="cg-ladder-part cg-ladder-band"
          style={{ ...place(band.rect), backgroundColor: BAND_COLOURS[band.id] }}
        >
          {words.ladderBand(band.id)}
        </div>
      ))}
      {layout.rungs.map(({ rung, rect }) => (
        <div
          key={rung.id}
          className="cg-ladder-part cg-ladder-rung"
          style={{ ...place(rect), backgroundColor: BAND_COLOURS[rung.band] }}
        >
          {words.ladderRung(rung.id)}
        </div>
      ))}
      {label && <div className="cg-ladder-label">{label}</div>}
    </HTMLContainer>
  )
}
