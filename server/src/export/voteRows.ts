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
  return [
    [column('vote'), column('card'), column('dots'), column('voters')],
    ...revealedVotes(records).flatMap((vote) =>
      vote.results.map((result) => [
        vote.title,
        result.card,
        String(result.dots),
        result.voters.join(', '),
      ]),
    ),
  ]
}

/** A revealed vote as the exports show it: its cards named, most dots first. */
export interface RevealedVote {
  title: string
  /** People who gave at least one dot. */
  voters: number
  results: { card: string; dots: number; voters: string[] }[]
}

/** R103: every revealed vote on the board; votes not revealed keep their dots secret. */
export function revealedVotes(records: readonly unknown[]): RevealedVote[] {
  const byId = new Map<string, Record<string, unknown>>()
  for (const record of records) {
    const r = record as Record<string, unknown>
    if (typeof r.id === 'string') byId.set(r.id, r)
  }
  const votes: RevealedVote[] = []
  for (const record of byId.values()) {
    if (record.typeName !== 'shape' || record.type !== VOTE_TYPE) continue
    const props = record.props as VoteProps
    if (props.state !== 'revealed') continue
    votes.push({
      title: props.title,
      voters: props.voters,
      results: props.results.map((result) => ({
        card: cardLabel(byId.get(result.cardId)) ?? result.cardId,
        dots: result.dots,
        voters: result.voters,
      })),
    })
  }
  return votes
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
