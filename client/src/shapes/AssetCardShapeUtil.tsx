import { currentWords, translate } from '../i18n/translate'
import { useT } from '../i18n/useT'
import {
  ASSET_CARD_DEFAULT_SIZE,
  assetCardShapeMigrations,
  assetCardShapeProps,
  assetKindInfo,
  type AssetCardShape,
} from '@common-ground/shared'
import { BaseBoxShapeUtil, HTMLContainer, Rectangle2d } from 'tldraw'
import { cardHeight, cardLine } from './cardLayout'
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

  /** As tall as its words need (cardLayout.ts), and never less than its own size. */
  override getGeometry(shape: AssetCardShape) {
    const { w, h } = shape.props
    const words = assetCardWords(shape)
    const needed = cardHeight(this.editor, {
      width: w,
      header: cardLine.kind(words.kind),
      lines: [
        cardLine.title(words.title),
        ...(words.description ? [cardLine.text(words.description)] : []),
        ...(words.heldBy ? [cardLine.meta(words.heldBy)] : []),
        // One line kept for where it sits on the grid or ladder, so dropping it there
        // does not make it jump.
        cardLine.place('Grid'),
      ],
    })
    return new Rectangle2d({ width: w, height: Math.max(h, needed), isFilled: true })
  }

  override component(shape: AssetCardShape) {
    return <AssetCard shape={shape} height={this.editor.getShapeGeometry(shape).bounds.h} />
  }

  override getIndicatorPath(shape: AssetCardShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, this.editor.getShapeGeometry(shape).bounds.h, 10)
    return path
  }
}

/** The words a card shows, once, for drawing and for measuring, in the reader's language. */
function assetCardWords(shape: AssetCardShape) {
  const { title, description, kind, heldBy } = shape.props
  return {
    kind: currentWords().assetKind(kind),
    title: title || translate('assets.untitled'),
    description,
    heldBy: heldBy ? translate('shape.asset.heldBy', { name: heldBy }) : '',
  }
}

function AssetCard({ shape, height }: { shape: AssetCardShape; height: number }) {
  const { kind, w } = shape.props
  // Subscribes to the language: the card is drawn again when it changes.
  useT()
  const words = assetCardWords(shape)
  const info = assetKindInfo(kind)
  const colour = kindColour(info.color)
  const placement = useClassification(shape)
  return (
    <HTMLContainer
      className="cg-card cg-asset"
      data-kind={kind}
      style={{ width: w, height, borderColor: colour }}
    >
      <div className="cg-card-kind" style={{ backgroundColor: colour }}>
        <KindIcon kind={kind} /> {words.kind}
      </div>
      <div className="cg-card-body">
        <p className="cg-card-title">{words.title}</p>
        {words.description && <p className="cg-card-text">{words.description}</p>}
        {words.heldBy && <p className="cg-card-meta">{words.heldBy}</p>}
        {placement && <p className="cg-card-place">{placement}</p>}
      </div>
    </HTMLContainer>
  )
}
