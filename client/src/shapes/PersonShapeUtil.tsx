import { currentWords, translate } from '../i18n/translate'
import { useT } from '../i18n/useT'
import {
  PERSON_DEFAULT_SIZE,
  personShapeMigrations,
  personShapeProps,
  type PersonShape,
} from '@common-ground/shared'
import { BaseBoxShapeUtil, HTMLContainer, Rectangle2d } from 'tldraw'
import { cardHeight, cardLine } from './cardLayout'
import { KindIcon } from './KindIcon'

/** A person (or group) on the network map: who they are and how they take part. */
export class PersonShapeUtil extends BaseBoxShapeUtil<PersonShape> {
  static override type = 'cg-person' as const
  static override props = personShapeProps
  static override migrations = personShapeMigrations

  override getDefaultProps(): PersonShape['props'] {
    return {
      ...PERSON_DEFAULT_SIZE,
      label: '',
      takesPartAs: 'community',
      organisation: '',
      participantId: null,
    }
  }

  override canEdit() {
    return false
  }

  override getText(shape: PersonShape) {
    return shape.props.label
  }

  override getAriaDescriptor(shape: PersonShape) {
    return translate('shape.person.aria', {
      label: shape.props.label || translate('shape.person.unnamed'),
      role: currentWords().role(shape.props.takesPartAs),
    })
  }

  /** As tall as its words need (cardLayout.ts), and never less than its own size. */
  override getGeometry(shape: PersonShape) {
    const { label, takesPartAs, organisation, w, h } = shape.props
    const needed = cardHeight(this.editor, {
      width: w,
      // The icon, its margin and the gap beside the words (app.css .cg-person).
      beside: 10 + 40 + 6,
      lines: [
        cardLine.title(label || translate('common.someone')),
        cardLine.meta(currentWords().role(takesPartAs)),
        ...(organisation ? [cardLine.meta(organisation)] : []),
      ],
    })
    return new Rectangle2d({ width: w, height: Math.max(h, needed), isFilled: true })
  }

  override component(shape: PersonShape) {
    return <Person shape={shape} height={this.editor.getShapeGeometry(shape).bounds.h} />
  }

  override getIndicatorPath(shape: PersonShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, this.editor.getShapeGeometry(shape).bounds.h, 28)
    return path
  }
}

function Person({ shape, height }: { shape: PersonShape; height: number }) {
  const { t, words } = useT()
  const { label, takesPartAs, organisation, w } = shape.props
  return (
    <HTMLContainer
      className="cg-card cg-person"
      data-role={takesPartAs}
      style={{ width: w, height }}
    >
      <span className="cg-person-icon">
        <KindIcon kind={takesPartAs === 'organisation' ? 'group' : 'person'} size={40} />
      </span>
      <div className="cg-card-body">
        <p className="cg-card-title">{label || t('common.someone')}</p>
        <p className="cg-card-meta">{words.role(takesPartAs)}</p>
        {organisation && <p className="cg-card-meta">{organisation}</p>}
      </div>
    </HTMLContainer>
  )
}
