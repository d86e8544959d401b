import type { Translate } from '../i18n/useT'
import {
  gridCell,
  ladderRung,
  type DomainWords,
  type GridCellId,
  type LadderRungId,
} from '@common-ground/shared'

/** One line for a card: "Grid: … · Ladder: …", or null when it sits on neither. */
export function describePlacement(
  placement: { gridCell: GridCellId | null; ladderRung: LadderRungId | null },
  t: Translate,
  words: DomainWords,
): string | null {
  const parts: string[] = []
  if (placement.gridCell)
    parts.push(t('placement.onGrid', { cell: gridCellLabel(placement.gridCell, t, words) }))
  if (placement.ladderRung)
    parts.push(t('placement.onLadder', { rung: rungLabel(placement.ladderRung, t, words) }))
  return parts.length === 0 ? null : parts.join(' · ')
}

export function gridCellLabel(id: GridCellId, t: Translate, words: DomainWords): string {
  return gridCell(id).empty ? t('placement.emptyCell') : words.gridCell(id)
}

export function rungLabel(id: LadderRungId, t: Translate, words: DomainWords): string {
  const rung = ladderRung(id)
  return t('placement.rungInBand', {
    rung: words.ladderRung(id),
    band: words.ladderBand(rung.band).toLocaleLowerCase(),
  })
}
