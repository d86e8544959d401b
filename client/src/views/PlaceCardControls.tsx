import { useId, useState, type FormEvent } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import {
  GRID_CELLS,
  GRID_TYPE,
  LADDER_RUNGS,
  LADDER_TYPE,
  type GridCellId,
  type LadderRungId,
} from '@common-ground/shared'
import { useT } from '../i18n/useT'
import { areaOf, freeSlotInArea, occupiedRects } from '../shapes/areaPlacement'
import { gridCellLabel, rungLabel } from '../shapes/placement'

/**
 * SPEC 31: puts a card on a grid cell or ladder rung from the panel, by keyboard: the
 * card goes to a free spot inside the cell or rung, as if dragged there.
 */
export function PlaceCardControls({
  editor,
  cards,
  announce,
}: {
  editor: Editor
  cards: readonly { id: string; title: string }[]
  announce: (message: string) => void
}) {
  const { t, words } = useT()
  const formId = useId()
  const has = useValue(
    'grid and ladder',
    () => {
      const types = new Set(editor.getCurrentPageShapes().map((shape) => shape.type))
      return { grid: types.has(GRID_TYPE), ladder: types.has(LADDER_TYPE) }
    },
    [editor],
  )
  const [cardId, setCardId] = useState('')
  const [target, setTarget] = useState('')
  if (cards.length === 0 || (!has.grid && !has.ladder)) return null
  const place = (event: FormEvent) => {
    event.preventDefault()
    const card = cards.find((c) => c.id === cardId)
    const [kind, id] = target.split(':') as ['cell' | 'rung', string]
    const shape = card ? editor.getShape(card.id as TLShapeId) : undefined
    const bounds = shape ? editor.getShapePageBounds(shape) : undefined
    if (!card || !shape || !bounds || !id) return
    const area = areaOf(
      editor,
      kind === 'cell' ? { cell: id as GridCellId } : { rung: id as LadderRungId },
    )
    if (area === null) return
    const size = { w: bounds.w, h: bounds.h }
    const margin = 8
    const inner = {
      x: area.rect.x + margin,
      y: area.rect.y + margin,
      w: area.rect.w - 2 * margin,
      h: area.rect.h - 2 * margin,
    }
    const roomy = inner.w >= size.w && inner.h >= size.h
    const slot = freeSlotInArea(roomy ? inner : area.rect, size, occupiedRects(editor, shape.id))
    const local = editor.getPointInParentSpace(shape.id, slot)
    editor.updateShape({ id: shape.id, type: shape.type, x: local.x, y: local.y })
    const label =
      kind === 'cell'
        ? gridCellLabel(id as GridCellId, t, words)
        : rungLabel(id as LadderRungId, t, words)
    announce(t('placement.moved', { title: card.title, place: label }))
  }
  return (
    <form className="place-card" onSubmit={place} data-testid="place-card">
      <label htmlFor={`${formId}-card`}>{t('placement.cards')}</label>
      <select id={`${formId}-card`} value={cardId} onChange={(e) => setCardId(e.target.value)}>
        <option value="">{t('common.choose')}</option>
        {cards.map((card) => (
          <option key={card.id} value={card.id}>
            {card.title || t('common.untitled')}
          </option>
        ))}
      </select>
      <label htmlFor={`${formId}-target`}>
        {t('placement.moveTo', {
          title: cards.find((c) => c.id === cardId)?.title ?? '…',
        })}
      </label>
      <select id={`${formId}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">{t('placement.nowhere')}</option>
        {has.grid && (
          <optgroup label={t('placement.grid')}>
            {GRID_CELLS.map((cell) => (
              <option key={cell.id} value={`cell:${cell.id}`}>
                {gridCellLabel(cell.id, t, words)}
              </option>
            ))}
          </optgroup>
        )}
        {has.ladder && (
          <optgroup label={t('placement.ladder')}>
            {[...LADDER_RUNGS].reverse().map((rung) => (
              <option key={rung.id} value={`rung:${rung.id}`}>
                {rungLabel(rung.id, t, words)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <button
        type="submit"
        className="button small primary"
        disabled={cardId === '' || target === ''}
      >
        {t('placement.moveHere')}
      </button>
    </form>
  )
}
