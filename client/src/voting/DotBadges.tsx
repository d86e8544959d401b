import { useEditor, useValue, type TLShapeId } from 'tldraw'
import { useT } from '../i18n/useT'
import { useVotes } from './sessionRecords'
import './voting.css'

/**
 * On the canvas (SPEC 37): once a vote is revealed, each card shows its total of dots in
 * a badge at its top corner. Before reveal there is nothing to show: the page has no
 * totals (server/PROTOCOL.md R100). Drawn in front of the canvas, following the camera.
 */
export function DotBadges() {
  const editor = useEditor()
  const { t } = useT()
  const votes = useVotes(editor)
  const badges = useValue(
    'dot badges',
    () => {
      const out: { key: string; x: number; y: number; dots: number }[] = []
      for (const vote of votes) {
        if (vote.props.state !== 'revealed') continue
        for (const result of vote.props.results) {
          if (result.dots === 0) continue
          const bounds = editor.getShapePageBounds(result.cardId as TLShapeId)
          if (!bounds) continue
          const point = editor.pageToViewport({ x: bounds.maxX, y: bounds.minY })
          out.push({
            key: `${vote.id}-${result.cardId}`,
            x: point.x,
            y: point.y,
            dots: result.dots,
          })
        }
      }
      return out
    },
    [editor, votes],
  )
  return (
    <>
      {badges.map((badge) => (
        <span
          key={badge.key}
          className="cg-dot-badge"
          style={{ left: badge.x, top: badge.y }}
          data-testid="dot-badge"
        >
          {t('voting.badge', { count: badge.dots })}
        </span>
      ))}
    </>
  )
}
