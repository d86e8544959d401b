import { randomUUID } from 'node:crypto'
import {
  VOTE_TYPE,
  voteShapeId,
  type CommandArgs,
  type CommandResult,
  type MyDots,
  type VoteProps,
  type VoteResult,
} from '@common-ground/shared'
import { frameOf } from '../attribution/Attribution.js'
import { CommandFailure, type CommandContext } from '../room/roomCommands.js'
import { deleteRecords, putRecord } from '../room/serverWrite.js'
import { isShapeOf, serverShape } from '../room/serverRecords.js'

/**
 * Dot voting, secret until reveal (PROTOCOL.md R96–R103). The board holds one `cg-vote`
 * record per vote with how it is run and, once revealed, its totals; until then each
 * person's dots are a value of the secret store under `vote:<voteId>`, and no message to
 * anyone but the voter carries a dot or a count.
 */

/** R99: people whose dots one vote keeps; past it a newcomer is told the vote is full. */
export const MAX_VOTERS_PER_VOTE = 2000

export const voteScope = (voteId: string) => `vote:${voteId}`

interface Ballot {
  dots: Record<string, number>
  name: string
}

/** R96: a facilitator starts a vote over cards that are on the board. */
export async function startVote(
  context: CommandContext,
  args: CommandArgs<'startVote'>,
): Promise<CommandResult<'startVote'>> {
  requireFacilitator(context)
  const parent = context.record(args.parentId)
  const onPage = args.parentId.startsWith('page:') && parent !== null
  if (!onPage && !isShapeOf(parent, 'frame')) throw new CommandFailure('no-cards')
  const cardIds = args.cardIds.filter((id) => isCard(context.record(id)))
  if (cardIds.length === 0) throw new CommandFailure('no-cards')
  const voteId = randomUUID().replaceAll('-', '').slice(0, 20)
  const props: VoteProps = {
    title: args.title,
    cardIds,
    dotsPerPerson: args.dotsPerPerson,
    maxPerCard: args.maxPerCard,
    anonymous: args.anonymous,
    state: 'open',
    results: [],
    voters: 0,
  }
  const id = voteShapeId(voteId)
  await context.writeAsServer((doc) =>
    putRecord(doc, serverShape(null, { id, type: VOTE_TYPE, parentId: args.parentId, props })),
  )
  return { voteId }
}

/** R97, R99: adds or takes back one of the sender's dots, within their dots and the cap. */
export async function dot(
  context: CommandContext,
  { voteId, cardId, add, name }: CommandArgs<'dot'>,
): Promise<CommandResult<'dot'>> {
  if (!context.sender.writable) throw new CommandFailure('read-only')
  const vote = requireVote(context, voteId)
  if (vote.props.state !== 'open') throw new CommandFailure('vote-not-open')
  if (!vote.props.cardIds.includes(cardId)) throw new CommandFailure('not-in-vote')
  const { secrets, boardId, sender } = context
  const scope = voteScope(voteId)
  const stored = asBallot(await secrets.get(boardId, scope, sender.personId))
  if (stored === null && (await secrets.count(boardId, scope)) >= MAX_VOTERS_PER_VOTE) {
    throw new CommandFailure('full')
  }
  const ballot: Ballot = stored ?? { dots: {}, name: '' }
  const onCard = ballot.dots[cardId] ?? 0
  if (add) {
    if (used(ballot) >= vote.props.dotsPerPerson) throw new CommandFailure('no-dots-left')
    if (vote.props.maxPerCard > 0 && onCard >= vote.props.maxPerCard) {
      throw new CommandFailure('card-full')
    }
    ballot.dots[cardId] = onCard + 1
  } else if (onCard > 1) ballot.dots[cardId] = onCard - 1
  else delete ballot.dots[cardId]
  ballot.name = name
  await secrets.put(boardId, scope, sender.personId, ballot)
  return mine(ballot, vote.props.dotsPerPerson)
}

/** R97: the sender's own dots, and nobody else's. */
export async function myDots(
  context: CommandContext,
  { voteId }: CommandArgs<'myDots'>,
): Promise<CommandResult<'myDots'>> {
  const vote = requireVote(context, voteId)
  const ballot = asBallot(
    await context.secrets.get(context.boardId, voteScope(voteId), context.sender.personId),
  )
  return mine(ballot ?? { dots: {}, name: '' }, vote.props.dotsPerPerson)
}

/** R101, R102: a facilitator closes, reveals or discards a vote. */
export async function endVote(
  context: CommandContext,
  { voteId, action }: CommandArgs<'endVote'>,
): Promise<CommandResult<'endVote'>> {
  requireFacilitator(context)
  const vote = requireVote(context, voteId)
  const { secrets, boardId } = context
  const scope = voteScope(voteId)
  switch (action) {
    case 'close': {
      if (vote.props.state !== 'open') return { state: vote.props.state }
      const props: VoteProps = { ...vote.props, state: 'closed' }
      await context.writeAsServer((doc) => putRecord(doc, { ...vote, props }))
      return { state: 'closed' }
    }
    case 'reveal': {
      if (vote.props.state === 'revealed') return { state: 'revealed' }
      const ballots = new Map<string, Ballot>()
      for (const [personId, value] of await secrets.list(boardId, scope)) {
        const ballot = asBallot(value)
        if (ballot !== null && used(ballot) > 0) ballots.set(personId, ballot)
      }
      const props: VoteProps = {
        ...vote.props,
        state: 'revealed',
        results: tally(vote.props, ballots.values()),
        voters: ballots.size,
      }
      await context.writeAsServer((doc) => putRecord(doc, { ...vote, props }))
      // R110: dots count for their voters' groups once they are public.
      const frame = frameOf(vote.parentId, context.record)
      for (const [personId, ballot] of ballots) {
        context.attribution.count(personId, frame, 'dots', used(ballot))
      }
      return { state: 'revealed' }
    }
    case 'discard': {
      await context.writeAsServer((doc) => deleteRecords(doc, [vote.id]))
      for (const personId of (await secrets.list(boardId, scope)).keys()) {
        await secrets.put(boardId, scope, personId, null)
      }
      return { state: 'discarded' }
    }
  }
}

/** R101: every card's dots, most first (cards with none too, so the table lists all). */
export function tally(props: Pick<VoteProps, 'cardIds' | 'anonymous'>, ballots: Iterable<Ballot>) {
  const results = new Map<string, VoteResult>(
    props.cardIds.map((cardId) => [cardId, { cardId, dots: 0, voters: [] }]),
  )
  for (const ballot of ballots) {
    for (const [cardId, n] of Object.entries(ballot.dots)) {
      const result = results.get(cardId)
      if (result === undefined) continue
      result.dots += n
      if (!props.anonymous && ballot.name.trim() !== '') result.voters.push(ballot.name.trim())
    }
  }
  const order = new Map(props.cardIds.map((id, i) => [id, i]))
  return [...results.values()].sort(
    (a, b) => b.dots - a.dots || order.get(a.cardId)! - order.get(b.cardId)!,
  )
}

export function requireFacilitator(context: CommandContext): void {
  if (context.sender.role !== 'facilitator' || !context.sender.writable) {
    throw new CommandFailure('not-facilitator')
  }
}

function requireVote(context: CommandContext, voteId: string) {
  const vote = context.record(voteShapeId(voteId))
  if (!isShapeOf(vote, VOTE_TYPE)) throw new CommandFailure('no-such-vote')
  return vote as typeof vote & { props: VoteProps }
}

function isCard(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false
  const r = record as { typeName?: unknown; type?: unknown }
  return (
    r.typeName === 'shape' &&
    typeof r.type === 'string' &&
    !r.type.startsWith('cg-rating') &&
    r.type !== 'frame' &&
    r.type !== VOTE_TYPE &&
    r.type !== 'arrow' &&
    !r.type.startsWith('cg-private') &&
    !r.type.startsWith('cg-voice')
  )
}

function used(ballot: Ballot): number {
  return Object.values(ballot.dots).reduce((sum, n) => sum + n, 0)
}

function mine(ballot: Ballot, dotsPerPerson: number): MyDots {
  return { dots: { ...ballot.dots }, left: Math.max(0, dotsPerPerson - used(ballot)) }
}

function asBallot(value: unknown): Ballot | null {
  if (typeof value !== 'object' || value === null) return null
  const { dots, name } = value as { dots?: unknown; name?: unknown }
  if (typeof dots !== 'object' || dots === null) return null
  const clean: Record<string, number> = {}
  for (const [cardId, n] of Object.entries(dots as Record<string, unknown>)) {
    if (typeof n === 'number' && Number.isSafeInteger(n) && n > 0) clean[cardId] = n
  }
  return { dots: clean, name: typeof name === 'string' ? name : '' }
}
