import { currentWords, translate } from '../i18n/translate'
import { useT } from '../i18n/useT'
import {
  PERSON_DEFAULT_SIZE,
  personShapeMigrations,
  personShapeProps,
  type PersonShape,
} from '@common-ground/shared'
import { BaseBoxShapeUtil, HTMLContainer } from 'tldraw'
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

  override component(shape: PersonShape) {
    return <Person shape={shape} />
  }

  override getIndicatorPath(shape: PersonShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 28)
    return path
  }
}

function Person({ shape }: { shape: PersonShape }) {
  const { t, words } = useT()
  const { label, takesPartAs, organisation, w, h } = shape.props
  return (
    <HTMLContainer
      className="cg-card cg-person"
      data-role={takesPartAs}
      style={{ width: w, height: h }}
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
