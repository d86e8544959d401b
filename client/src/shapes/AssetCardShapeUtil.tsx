import { currentWords, translate } from '../i18n/translate'
import { useT } from '../i18n/useT'
import {
  ASSET_CARD_DEFAULT_SIZE,
  assetCardShapeMigrations,
  assetCardShapeProps,
  assetKindInfo,
  type AssetCardShape,
} from '@common-ground/shared'
import { BaseBoxShapeUtil, HTMLContainer } from 'tldraw'
import { KindIcon } from './KindIcon'
import { kindColour } from './kindColours'
import { useClassification } from './useClassification'

/**
 * An asset: what someone brings (a skill, time, a place...). The kind shows three ways at
 * once, colour, icon and word, so it never rests on colour alone; text is large enough to
 * read on a projector at workshop zoom and on a phone.
 */
export class AssetCardShapeUtil extends BaseBoxShapeUtil<AssetCardShape> {
  static override type = 'cg-asset' as const
  static override props = assetCardShapeProps
  static override migrations = assetCardShapeMigrations

  override getDefaultProps(): AssetCardShape['props'] {
    return {
      ...ASSET_CARD_DEFAULT_SIZE,
      title: '',
      description: '',
      kind: 'skill',
      heldBy: '',
      heldByPersonId: null,
      addedBy: '',
    }
  }

  override canEdit() {
    return false
  }

  override getText(shape: AssetCardShape) {
    return [shape.props.title, shape.props.description].filter(Boolean).join('\n')
  }

  override getAriaDescriptor(shape: AssetCardShape) {
    const values = {
      title: shape.props.title || translate('shape.asset.untitled'),
      kind: currentWords().assetKind(shape.props.kind),
      heldBy: shape.props.heldBy,
    }
    return translate(shape.props.heldBy ? 'shape.asset.ariaHeld' : 'shape.asset.aria', values)
  }

  override component(shape: AssetCardShape) {
    return <AssetCard shape={shape} />
  }

  override getIndicatorPath(shape: AssetCardShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 10)
    return path
  }
}

function AssetCard({ shape }: { shape: AssetCardShape }) {
  const { title, description, kind, heldBy, w, h } = shape.props
  const { t, words } = useT()
  const info = assetKindInfo(kind)
  const colour = kindColour(info.color)
  const placement = useClassification(shape)
  return (
    <HTMLContainer
      className="cg-card cg-asset"
      data-kind={kind}
      style={{ width: w, height: h, borderColor: colour }}
    >
      <div className="cg-card-kind" style={{ backgroundColor: colour }}>
        <KindIcon kind={kind} /> {words.assetKind(kind)}
      </div>
      <div className="cg-card-body">
        <p className="cg-card-title">{title || t('assets.untitled')}</p>
        {description && <p className="cg-card-text">{description}</p>}
        {heldBy && <p className="cg-card-meta">{t('shape.asset.heldBy', { name: heldBy })}</p>}
        {placement && <p className="cg-card-place">{placement}</p>}
      </div>
    </HTMLContainer>
  )
}
