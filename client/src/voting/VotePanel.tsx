import type { Editor } from 'tldraw'
import { useId } from 'react'
import { useT } from '../i18n/useT'
import { cardLabel, type VoteRecord } from './sessionRecords'
import { useMyDots } from './SessionCommands'
import './voting.css'

/** Each state's words: ids on the wire, words in the catalogue. */
export const VOTE_STATE_KEYS = {
  open: 'voting.state.open',
  closed: 'voting.state.closed',
  revealed: 'voting.state.revealed',
} as const

/**
 * One vote as a person sees it (SPEC 35, 36): while open, every card with buttons to add
 * and take back a dot and how many dots are left; once revealed, the results table sorted
 * by dots. Everything works by keyboard; the canvas shows the same dots on the cards.
 */
export function VotePanel({
  editor,
  vote,
  readOnly,
}: {
  editor: Editor
  vote: VoteRecord
  readOnly: boolean
}) {
  const { t } = useT()
  const id = useId()
  const { props } = vote
  const { mine, error, dot } = useMyDots(vote.voteId, props.state)
  const title = props.title.trim() || t('voting.untitled')
  const label = (cardId: string) => cardLabel(editor, cardId) ?? t('voting.cardGone')

  return (
    <section className="cg-vote" aria-labelledby={`${id}-title`} data-testid="vote-panel">
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="hint" data-testid="vote-state">
        {t(VOTE_STATE_KEYS[props.state])}
        {props.anonymous ? ` · ${t('voting.anonymous')}` : ''}
      </p>
      {props.state === 'revealed' ? (
        <table className="cg-vote-results" data-testid="vote-results">
          <caption className="visually-hidden">{t('voting.resultsCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('voting.column.card')}</th>
              <th scope="col">{t('voting.column.dots')}</th>
              {!props.anonymous && <th scope="col">{t('voting.column.voters')}</th>}
            </tr>
          </thead>
          <tbody>
            {props.results.map((result) => (
              <tr key={result.cardId}>
                <th scope="row">{label(result.cardId)}</th>
                <td data-testid="vote-result-dots">{result.dots}</td>
                {!props.anonymous && <td>{result.voters.join(', ')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <>
          {mine !== null && (
            <p role="status" data-testid="dots-left">
              {t('voting.dotsLeft', { count: mine.left })}
            </p>
          )}
          {error && (
            <p role="alert" className="cg-vote-error">
              {error}
            </p>
          )}
          <ul className="cg-vote-cards">
            {props.cardIds.map((cardId) => {
              const name = label(cardId)
              const onCard = mine?.dots[cardId] ?? 0
              // Not disabled while a dot is on its way: the button would lose keyboard focus.
              const canVote = !readOnly && props.state === 'open'
              return (
                <li key={cardId} data-testid="vote-card">
                  <span className="cg-vote-card-name">{name}</span>
                  <span className="cg-vote-mine" aria-hidden="true">
                    {'●'.repeat(Math.min(onCard, 20))}
                  </span>
                  <span className="visually-hidden">{t('voting.yourDots', { count: onCard })}</span>
                  <button
                    type="button"
                    className="button quiet"
                    disabled={!canVote || onCard === 0}
                    onClick={() => dot(cardId, false)}
                    aria-label={t('voting.removeDot', { card: name })}
                  >
                    −
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={!canVote || mine?.left === 0}
                    onClick={() => dot(cardId, true)}
                    aria-label={t('voting.addDot', { card: name })}
                    data-testid="add-dot"
                  >
                    +
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
