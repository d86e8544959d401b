import { currentWords, translate } from '../i18n/translate'
import { useT } from '../i18n/useT'
import {
  RATING_SCALE,
  ratingDistribution,
  SIX_ELEMENTS_DEFAULT_SIZE,
  SIX_ELEMENTS_QUESTIONS,
  sixElementsShapeMigrations,
  sixElementsShapeProps,
  type SixElementsShape,
} from '@common-ground/shared'
import {
  BaseBoxShapeUtil,
  HTMLContainer,
  useEditor,
  useValue,
  type Editor,
  type TLShapeId,
} from 'tldraw'

/**
 * "Is your service co-produced?": the six questions, each with the spread of ratings
 * given so far. Each participant rates on their own in the board panel (keyboard and
 * screen reader friendly); every answer is a `cg-rating` record of theirs, a child of
 * this shape, which the canvas never draws.
 */
export class SixElementsShapeUtil extends BaseBoxShapeUtil<SixElementsShape> {
  static override type = 'cg-six-elements' as const
  static override props = sixElementsShapeProps
  static override migrations = sixElementsShapeMigrations

  override getDefaultProps(): SixElementsShape['props'] {
    return { ...SIX_ELEMENTS_DEFAULT_SIZE, label: '' }
  }

  override canEdit() {
    return false
  }

  override getAriaDescriptor() {
    return translate('six.aria', { title: currentWords().sixElementsTitle() })
  }

  override component(shape: SixElementsShape) {
    return <SixElementsCheck shape={shape} />
  }

  override getIndicatorPath(shape: SixElementsShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 12)
    return path
  }
}

/** The ratings given on one check, live. */
export function useRatingSummary(editor: Editor, checkId: TLShapeId) {
  return useValue(
    'rating summary',
    () =>
      ratingDistribution(
        editor.getSortedChildIdsForParent(checkId).flatMap((id) => editor.getShape(id) ?? []),
        checkId,
      ),
    [editor, checkId],
  )
}

function SixElementsCheck({ shape }: { shape: SixElementsShape }) {
  const editor = useEditor()
  const { distribution, raters } = useRatingSummary(editor, shape.id)
  const { t, words } = useT()
  const title = words.sixElementsTitle()
  return (
    <HTMLContainer className="cg-six" style={{ width: shape.props.w, height: shape.props.h }}>
      <p className="cg-six-title">{shape.props.label ? `${title} ${shape.props.label}` : title}</p>
      <p className="cg-six-hint">
        {t('six.canvasHint')} {t('six.canvasRaters', { count: raters })}
      </p>
      <ol className="cg-six-list">
        {SIX_ELEMENTS_QUESTIONS.map((question) => {
          const counts = distribution[question.id]
          const max = Math.max(1, ...counts)
          return (
            <li key={question.id} className="cg-six-item">
              <p className="cg-six-question">
                {words.questionTitle(question.id)}: {words.questionText(question.id)}
              </p>
              <div className="cg-six-bars">
                {RATING_SCALE.map(({ value }) => (
                  <div key={value} className="cg-six-bar" title={words.rating(value)}>
                    <div className="cg-six-bar-track">
                      <div
                        className="cg-six-bar-fill"
                        style={{ height: `${(counts[value] / max) * 100}%` }}
                      />
                    </div>
                    <span className="cg-six-bar-label">
                      {value}: {counts[value]}
                    </span>
                  </div>
                ))}
              </div>
            </li>
          )
        })}
      </ol>
    </HTMLContainer>
  )
}
