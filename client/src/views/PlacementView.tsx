import type { BoardModel } from './derive'
import { placementGroups, type PlacementGroup } from './derive'

/**
 * Which cards sit in which cell of the grid and on which rung of the ladder. Cards are
 * placed by dragging them on the canvas; this says where they landed, in words.
 */
export function PlacementView({ model }: { model: BoardModel }) {
  const { cells, rungs, elsewhere } = placementGroups([
    ...model.assets,
    ...model.people.map((person) => ({ ...person, title: person.label })),
  ])
  return (
    <div className="cg-view" data-testid="placement-view">
      <p className="hint">
        Drag a card onto a cell of the co-production grid or a rung of the ladder to place it.
      </p>
      <GroupTable caption="Co-production grid" heading="Cell" groups={cells} testId="grid-table" />
      <GroupTable
        caption="Ladder of participation"
        heading="Rung"
        groups={rungs}
        testId="ladder-table"
      />
      <p data-testid="unplaced">
        <strong>Not placed yet:</strong>{' '}
        {elsewhere.length === 0 ? 'none' : elsewhere.map((card) => card.title).join(', ')}
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
  return (
    <div className="cg-table-wrap">
      <table className="cg-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Cards</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{group.label}</th>
              <td>
                {group.cards.length === 0 ? (
                  <span className="cg-muted">none</span>
                ) : (
                  group.cards.map((card) => card.title).join(', ')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
