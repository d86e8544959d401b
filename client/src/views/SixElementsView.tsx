import { useT } from '../i18n/useT'
import {
  RATING_SCALE,
  SIX_ELEMENTS_QUESTIONS,
  type QuestionId,
  type Rating,
} from '@common-ground/shared'
import { useId } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { useMyRatings } from '../ratings/RatingsContext'
import { useRatingSummary } from '../shapes/SixElementsShapeUtil'

/**
 * Rate each of the six questions on your own, 0–4, with ordinary radio buttons (a group
 * per question), and see how everyone rated. Your answers go to the server by command and
 * are kept there as yours alone (PROTOCOL.md R50–R52): nobody else can change them or
 * see them; the board shows only the totals.
 */
export function SixElementsView({ editor, readOnly }: { editor: Editor; readOnly: boolean }) {
  const { t, words } = useT()
  const checks = useValue(
    'six elements checks',
    () =>
      editor
        .getCurrentPageShapesSorted()
        .filter((shape) => shape.type === 'cg-six-elements')
        .map((shape) => ({ id: shape.id, label: shape.props.label })),
    [editor],
  )
  if (checks.length === 0) {
    return (
      <div className="cg-view" data-testid="six-elements-view">
        <p>{t('six.none', { title: words.sixElementsTitle() })}</p>
      </div>
    )
  }
  return (
    <div className="cg-view" data-testid="six-elements-view">
      {checks.map((check, index) => (
        <Check
          key={check.id}
          editor={editor}
          checkId={check.id}
          title={check.label || (checks.length > 1 ? t('six.check', { number: index + 1 }) : '')}
          readOnly={readOnly}
        />
      ))}
    </div>
  )
}

function Check({
  editor,
  checkId,
  title,
  readOnly,
}: {
  editor: Editor
  checkId: TLShapeId
  title: string
  readOnly: boolean
}) {
  const { t, words } = useT()
  const id = useId()
  const { ratings: mine, error, ratings$ } = useMyRatings(checkId)
  const { distribution, raters } = useRatingSummary(editor, checkId)
  const rate = (question: QuestionId, value: Rating) => void ratings$.rate(checkId, question, value)

  return (
    <section className="cg-check" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {words.sixElementsTitle()}
        {title && ` ${title}`}
      </h3>
      <p className="hint">
        {readOnly ? t('six.hintReadOnly') : t('six.hint')} {t('six.raters', { count: raters })}
      </p>
      {!readOnly && mine === null && error === null && (
        <p className="hint" role="status">
          {t('six.loading')}
        </p>
      )}
      {error && (
        <p className="cg-check-error" role="alert" data-testid="rating-error">
          {error}
        </p>
      )}
      {SIX_ELEMENTS_QUESTIONS.map((question, index) => {
        const counts = distribution[question.id]
        const summary = RATING_SCALE.map(({ value }) => `${value}: ${counts[value]}`).join(', ')
        return (
          <fieldset key={question.id} className="cg-question" data-testid="rating-question">
            <legend>
              {index + 1}. {words.questionTitle(question.id)}: {words.questionText(question.id)}
            </legend>
            {!readOnly && (
              <div className="cg-rating-options">
                {RATING_SCALE.map(({ value }) => (
                  <label key={value} className="cg-rating-option">
                    <input
                      type="radio"
                      name={`${id}-${question.id}`}
                      value={value}
                      checked={mine?.[question.id] === value}
                      onChange={() => rate(question.id, value)}
                    />
                    <span>
                      {value} <span className="cg-rating-word">{words.rating(value)}</span>
                    </span>
                  </label>
                ))}
              </div>
            )}
            <p className="cg-rating-summary" data-testid="rating-summary">
              {t('six.everyone', { summary })}
            </p>
          </fieldset>
        )
      })}
    </section>
  )
}
