import { currentWords, translate } from '../i18n/translate'
import { useT } from '../i18n/useT'
import {
  emptyRatingSummary,
  RATING_SCALE,
  ratingTotalsOf,
  ratingTotalsShapeId,
  SIX_ELEMENTS_DEFAULT_SIZE,
  SIX_ELEMENTS_QUESTIONS,
  sixElementsShapeMigrations,
  sixElementsShapeProps,
  type SixElementsShape,
} from '@common-ground/shared'
import {
  BaseBoxShapeUtil,
  HTMLContainer,
  stopEventPropagation,
  useEditor,
  useValue,
  type Editor,
  type TLShapeId,
} from 'tldraw'
import { useMyRatings } from '../ratings/RatingsContext'

/**
 * "Is your service co-produced?": the six questions, each with the spread of ratings
 * given so far and, for someone who may write, buttons for their own answer. Answers go
 * to the server by command (PROTOCOL.md R50) and are kept there; the board holds only
 * the totals (a `cg-rating-totals` child the server writes and the canvas never draws).
 * The panel offers the same with radio buttons, for the keyboard and screen readers.
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

/** Everyone's answers on one check, added up: the totals record the server writes (R42). */
export function useRatingSummary(editor: Editor, checkId: TLShapeId) {
  return useValue(
    'rating summary',
    () => {
      const totals = editor.getShape(ratingTotalsShapeId(checkId))
      return totals ? ratingTotalsOf([totals], checkId) : emptyRatingSummary()
    },
    [editor, checkId],
  )
}

function SixElementsCheck({ shape }: { shape: SixElementsShape }) {
  const editor = useEditor()
  const { distribution, raters } = useRatingSummary(editor, shape.id)
  const readOnly = useValue('read only', () => editor.getIsReadonly(), [editor])
  const mine = useMyRatings(shape.id)
  const { t, words } = useT()
  const title = words.sixElementsTitle()
  return (
    <HTMLContainer className="cg-six" style={{ width: shape.props.w, height: shape.props.h }}>
      <p className="cg-six-title">{shape.props.label ? `${title} ${shape.props.label}` : title}</p>
      <p className="cg-six-hint">
        {/* Buttons to rate are drawn only for those who may change the board. */}
        {readOnly ? t('six.hintReadOnly') : t('six.canvasHint')}{' '}
        {t('six.canvasRaters', { count: raters })}
      </p>
      {mine.error && (
        <p className="cg-six-error" role="alert">
          {mine.error}
        </p>
      )}
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
              {!readOnly && (
                <div
                  className="cg-six-mine"
                  role="group"
                  aria-label={`${t('six.yourAnswer')}: ${words.questionTitle(question.id)}`}
                  onPointerDown={stopEventPropagation}
                >
                  <span className="cg-six-mine-label">{t('six.yourAnswer')}:</span>
                  {RATING_SCALE.map(({ value }) => (
                    <button
                      key={value}
                      type="button"
                      className="cg-six-mine-option"
                      title={words.rating(value)}
                      aria-pressed={mine.ratings?.[question.id] === value}
                      onClick={() => void mine.ratings$.rate(shape.id, question.id, value)}
                    >
                      {value}
                    </button>
                  ))}
                </div>
              )}
            </li>
          )
        })}
      </ol>
    </HTMLContainer>
  )
}
