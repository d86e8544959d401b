import type { Editor } from 'tldraw'
import { useT } from '../i18n/useT'
import { TableScroll } from './TableScroll'
import type { BoardModel } from './derive'
import { placementGroups, type PlacementGroup } from './derive'
import { PlaceCardControls } from './PlaceCardControls'

/**
 * Which cards sit in which cell of the grid and on which rung of the ladder. Cards are
 * placed by dragging them on the canvas, or here by keyboard; this says where they
 * landed, in words.
 */
export function PlacementView({
  model,
  editor,
  readOnly,
  announce,
}: {
  model: BoardModel
  editor: Editor
  readOnly: boolean
  announce: (message: string) => void
}) {
  const { t, words } = useT()
  const cards = [
    ...model.assets,
    ...model.people.map((person) => ({ ...person, title: person.label })),
  ]
  const { cells, rungs, elsewhere } = placementGroups(cards, t, words)
  return (
    <div className="cg-view" data-testid="placement-view">
      <p className="hint">{t('placement.hint')}</p>
      {!readOnly && <PlaceCardControls editor={editor} cards={cards} announce={announce} />}
      <GroupTable
        caption={t('placement.grid')}
        heading={t('placement.cell')}
        groups={cells}
        testId="grid-table"
      />
      <GroupTable
        caption={t('placement.ladder')}
        heading={t('placement.rung')}
        groups={rungs}
        testId="ladder-table"
      />
      <p data-testid="unplaced">
        <strong>{t('placement.notPlaced')}</strong>{' '}
        {elsewhere.length === 0
          ? t('common.none')
          : elsewhere.map((card) => card.title).join(t('people.listSeparator'))}
      </p>
    </div>
  )
}

function GroupTable({
  caption,
  heading,
  groups,
  testId,
}: {
  caption: string
  heading: string
  groups: PlacementGroup[]
  testId: string
}) {
  const { t } = useT()
  return (
    <TableScroll label={caption}>
      <table className="cg-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">{t('placement.cards')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{group.label}</th>
              <td>
                {group.cards.length === 0 ? (
                  <span className="cg-muted">{t('common.none')}</span>
                ) : (
                  group.cards.map((card) => card.title).join(t('people.listSeparator'))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
