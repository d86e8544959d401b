import { useT } from '../i18n/useT'
import {
  emptyRatings,
  RATING_SCALE,
  ratingShapeId,
  SIX_ELEMENTS_QUESTIONS,
  type QuestionId,
  type Rating,
  type RatingShape,
} from '@common-ground/shared'
import { useId } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { useRatingSummary } from '../shapes/SixElementsShapeUtil'
import type { Participant } from './participant'

/**
 * Rate each of the six questions on your own, 0–4, with ordinary radio buttons (a group
 * per question), and see how everyone rated. Your answers are your own record
 * (`ratingShapeId`), so nobody can overwrite them and you cannot overwrite anyone's.
 */
export function SixElementsView({
  editor,
  readOnly,
  participant,
}: {
  editor: Editor
  readOnly: boolean
  participant: Participant
}) {
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
          participant={participant}
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
  participant,
}: {
  editor: Editor
  checkId: TLShapeId
  title: string
  readOnly: boolean
  participant: Participant
}) {
  const { t, words } = useT()
  const id = useId()
  const ratingId = ratingShapeId(checkId, participant.id)
  const mine = useValue(
    'my ratings',
    () => (editor.getShape(ratingId) as RatingShape | undefined)?.props.ratings ?? null,
    [editor, ratingId],
  )
  const { distribution, raters } = useRatingSummary(editor, checkId)

  const rate = (question: QuestionId, value: Rating) => {
    const ratings = { ...(mine ?? emptyRatings()), [question]: value }
    const props = { participantId: participant.id, participantName: participant.name, ratings }
    if (editor.getShape(ratingId)) {
      editor.updateShape<RatingShape>({ id: ratingId, type: 'cg-rating', props })
    } else {
      // A child of the check, at its corner: deleting the check deletes the ratings.
      editor.createShape<RatingShape>({
        id: ratingId,
        type: 'cg-rating',
        parentId: checkId,
        x: 0,
        y: 0,
        props,
      })
    }
  }

  return (
    <section className="cg-check" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {words.sixElementsTitle()}
        {title && ` ${title}`}
      </h3>
      <p className="hint">
        {readOnly ? t('six.hintReadOnly') : t('six.hint')} {t('six.raters', { count: raters })}
      </p>
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
