import {
  gridCell,
  ladderRung,
  LADDER_BANDS,
  type GridCellId,
  type LadderRungId,
} from '@common-ground/shared'

/** One line for a card: "Grid: … · Ladder: …", or null when it sits on neither. */
export function describePlacement(placement: {
  gridCell: GridCellId | null
  ladderRung: LadderRungId | null
}): string | null {
  const parts: string[] = []
  if (placement.gridCell) parts.push(`Grid: ${gridCellLabel(placement.gridCell)}`)
  if (placement.ladderRung) parts.push(`Ladder: ${rungLabel(placement.ladderRung)}`)
  return parts.length === 0 ? null : parts.join(' · ')
}

export function gridCellLabel(id: GridCellId): string {
  const cell = gridCell(id)
  return cell.empty ? 'empty cell (none)' : cell.text
}

export function rungLabel(id: LadderRungId): string {
  const rung = ladderRung(id)
  const band = LADDER_BANDS.find((option) => option.id === rung.band)
  return `${rung.label} (${band?.label.toLowerCase() ?? rung.band})`
}
