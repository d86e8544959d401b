import {
  plainTextOf,
  VOTE_TYPE,
  type DomainKey,
  type DomainWords,
  type VoteProps,
} from '@common-ground/shared'

/**
 * R103: the results of every revealed vote, one row per card, most dots first; a vote not
 * yet revealed has no rows (its dots are secrets, R100). The card is named by its title
 * (or text) as the board holds it now, or its id if it has gone.
 */
export function voteRows(records: readonly unknown[], words: DomainWords): string[][] {
  const column = (name: string) => words.translate(`export.column.${name}` as DomainKey)
  const byId = new Map<string, Record<string, unknown>>()
  for (const record of records) {
    const r = record as Record<string, unknown>
    if (typeof r.id === 'string') byId.set(r.id, r)
  }
  const rows = [[column('vote'), column('card'), column('dots'), column('voters')]]
  for (const record of byId.values()) {
    if (record.typeName !== 'shape' || record.type !== VOTE_TYPE) continue
    const props = record.props as VoteProps
    if (props.state !== 'revealed') continue
    for (const result of props.results) {
      rows.push([
        props.title,
        cardLabel(byId.get(result.cardId)) ?? result.cardId,
        String(result.dots),
        result.voters.join(', '),
      ])
    }
  }
  return rows
}

function cardLabel(record: Record<string, unknown> | undefined): string | null {
  if (record === undefined) return null
  const props = record.props as Record<string, unknown> | undefined
  if (typeof props?.title === 'string') return props.title
  if (typeof props?.label === 'string') return props.label
  if (typeof props?.name === 'string') return props.name
  if (props?.richText !== undefined) return plainTextOf(props.richText)
  return null
}
