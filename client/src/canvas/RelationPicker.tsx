import { useT } from '../i18n/useT'
import {
  CONNECTABLE_TYPES,
  RELATION_META_KEY,
  RELATIONS,
  isRelationId,
} from '@common-ground/shared'
import { useId } from 'react'
import { getArrowBindings, useValue, type Editor, type TLArrowShape } from 'tldraw'
import { setRelation } from '../views/boardActions'

/**
 * When the selected arrow joins two of our cards (a person or an asset at each end), a
 * small picker asks what the connection is: knows, supports, refers to... The choice is
 * the arrow's `meta.relation` and its label. Appears as soon as an arrow is drawn from
 * one card to another, since tldraw selects what it has just drawn.
 */
export function RelationPicker({ editor }: { editor: Editor }) {
  const { t, words } = useT()
  const id = useId()
  const arrow = useValue(
    'connection to label',
    () => {
      const selected = editor.getOnlySelectedShape()
      if (!selected || selected.type !== 'arrow') return null
      const { start, end } = getArrowBindings(editor, selected as TLArrowShape)
      const ends = [start, end].map((binding) => binding && editor.getShape(binding.toId))
      if (!ends.every((shape) => shape && CONNECTABLE_TYPES.includes(shape.type))) return null
      const relation = selected.meta[RELATION_META_KEY]
      return { id: selected.id, relation: isRelationId(relation) ? relation : null }
    },
    [editor],
  )
  if (!arrow) return null
  return (
    <div
      className="relation-picker"
      role="group"
      aria-labelledby={`${id}-label`}
      data-testid="relation-picker"
    >
      <span id={`${id}-label`} className="relation-picker-label">
        {t('relationPicker.label')}
      </span>
      {RELATIONS.map((relation) => (
        <button
          key={relation.id}
          type="button"
          className="button small"
          aria-pressed={arrow.relation === relation.id}
          onClick={() => setRelation(editor, arrow.id, relation.id)}
        >
          {words.relation(relation.id)}
        </button>
      ))}
    </div>
  )
}
