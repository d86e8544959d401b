import { useEditor, useValue, type Editor, type TLShapeId } from 'tldraw'
import { useT } from '../i18n/useT'
import { useMyDots } from './SessionCommands'
import { useVotes, type VoteRecord } from './sessionRecords'
import './voting.css'

/**
 * On the canvas (SPEC 37): while a vote is open, each of its cards has a button to add one
 * of this person's dots (and one to take a dot back once it has some), showing their own
 * dots only; once revealed, each card shows its total in a badge. Before reveal the page
 * has no totals to show (server/PROTOCOL.md R100). Drawn in front of the canvas,
 * following the camera.
 */
export function DotBadges() {
  const editor = useEditor()
  const votes = useVotes(editor)
  return (
    <>
      {votes.map((vote) =>
        vote.props.state === 'revealed' ? (
          <RevealedBadges key={vote.id} editor={editor} vote={vote} />
        ) : vote.props.state === 'open' ? (
          <OpenVoteButtons key={vote.id} editor={editor} vote={vote} />
        ) : null,
      )}
    </>
  )
}

/** Where each of `cardIds` is on screen: its top right corner. */
function useCorners(editor: Editor, cardIds: readonly string[]) {
  return useValue(
    'vote card corners',
    () =>
      cardIds.flatMap((cardId) => {
        const bounds = editor.getShapePageBounds(cardId as TLShapeId)
        if (!bounds) return []
        const point = editor.pageToViewport({ x: bounds.maxX, y: bounds.minY })
        return [{ cardId, x: point.x, y: point.y }]
      }),
    [editor, cardIds],
  )
}

function RevealedBadges({ editor, vote }: { editor: Editor; vote: VoteRecord }) {
  const { t } = useT()
  const withDots = vote.props.results.filter((result) => result.dots > 0)
  const dotsOf = new Map(withDots.map((result) => [result.cardId, result.dots]))
  const corners = useCorners(
    editor,
    withDots.map((result) => result.cardId),
  )
  return (
    <>
      {corners.map(({ cardId, x, y }) => (
        <span
          key={cardId}
          className="cg-dot-badge"
          style={{ left: x, top: y }}
          data-testid="dot-badge"
        >
          {t('voting.badge', { count: dotsOf.get(cardId) ?? 0 })}
        </span>
      ))}
    </>
  )
}

function OpenVoteButtons({ editor, vote }: { editor: Editor; vote: VoteRecord }) {
  const { t } = useT()
  const { mine, dot } = useMyDots(vote.voteId, vote.props.state)
  const corners = useCorners(editor, vote.props.cardIds)
  const readOnly = useValue('read only', () => editor.getIsReadonly(), [editor])
  if (readOnly || mine === null) return null
  const name = (cardId: string) => {
    const shape = editor.getShape(cardId as TLShapeId)
    const title = (shape?.props as { title?: unknown } | undefined)?.title
    return typeof title === 'string' && title.trim() !== '' ? title : t('voting.aCard')
  }
  return (
    <>
      {corners.map(({ cardId, x, y }) => {
        const onCard = mine.dots[cardId] ?? 0
        return (
          <span
            key={cardId}
            className="cg-dot-controls"
            style={{ left: x, top: y }}
            data-testid="canvas-dot-controls"
          >
            {onCard > 0 && (
              <button
                type="button"
                onPointerDown={(event) => event.stopPropagation()}
                onClick={() => dot(cardId, false)}
                aria-label={t('voting.removeDot', { card: name(cardId) })}
              >
                −
              </button>
            )}
            <span aria-hidden="true">{'●'.repeat(Math.min(onCard, 20))}</span>
            <button
              type="button"
              disabled={mine.left === 0}
              onPointerDown={(event) => event.stopPropagation()}
              onClick={() => dot(cardId, true)}
              aria-label={t('voting.addDot', { card: name(cardId) })}
              data-testid="canvas-add-dot"
            >
              +
            </button>
          </span>
        )
      })}
    </>
  )
}
