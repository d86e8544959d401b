import { MAX_DOTS_PER_PERSON, MAX_VOTE_CARDS, type VoteState } from '../coproduction/vote.js'
import { MAX_SHAPE_LINE_LENGTH } from '../coproduction/text.js'
import { isParentId, isShapeId, isText, isWhole } from './readArgs.js'

/** The sender's own dots on one vote: by card, and how many they have left. */
export interface MyDots {
  dots: Record<string, number>
  left: number
}

export const VOTE_ACTIONS = ['close', 'reveal', 'discard'] as const
export type VoteAction = (typeof VOTE_ACTIONS)[number]

/** Dot voting (PROTOCOL.md R96–R103). */
export interface VoteCommandMap {
  /** Facilitator: starts a vote over `cardIds`, hung from `parentId` (a frame or page). */
  startVote: {
    args: {
      parentId: string
      title: string
      cardIds: string[]
      dotsPerPerson: number
      maxPerCard: number
      anonymous: boolean
    }
    result: { voteId: string }
  }
  /** Adds (or takes back) one of the sender's dots on a card; `name` shows if not anonymous. */
  dot: { args: { voteId: string; cardId: string; add: boolean; name: string }; result: MyDots }
  /** The sender's own dots, e.g. after a reload. */
  myDots: { args: { voteId: string }; result: MyDots }
  /** Facilitator: stops taking dots, reveals the totals, or throws the vote away. */
  endVote: {
    args: { voteId: string; action: VoteAction }
    result: { state: VoteState | 'discarded' }
  }
}

export const VOTE_COMMAND_ERRORS = {
  'no-such-vote': 'That vote is no longer on the board.',
  'vote-not-open': 'This vote is not taking dots any more.',
  'no-dots-left': 'You have used all your dots.',
  'card-full': 'This card has as many of your dots as it can take.',
  'not-in-vote': 'That card is not part of this vote.',
  'no-cards': 'There are no cards to vote on there.',
} as const

type VoteCommand = {
  [N in keyof VoteCommandMap]: { name: N; args: VoteCommandMap[N]['args'] }
}[keyof VoteCommandMap]

const VOTE_ID = /^[A-Za-z0-9_-]{1,40}$/
const isVoteId = (value: unknown): value is string =>
  typeof value === 'string' && VOTE_ID.test(value)

/** A vote command from untrusted args, why it is not one, or undefined for another name. */
export function readVoteCommand(
  name: unknown,
  args: Record<string, unknown>,
): VoteCommand | string | undefined {
  switch (name) {
    case 'startVote': {
      const { parentId, title, cardIds, dotsPerPerson, maxPerCard, anonymous } = args
      if (!isParentId(parentId)) return 'parentId is not a frame or page id'
      if (!isText(title, MAX_SHAPE_LINE_LENGTH)) return 'title is not text'
      if (!Array.isArray(cardIds) || cardIds.length > MAX_VOTE_CARDS) return 'cardIds'
      if (!cardIds.every(isShapeId)) return 'cardIds holds something that is not a shape id'
      if (!isWhole(dotsPerPerson, 1, MAX_DOTS_PER_PERSON)) return 'dotsPerPerson'
      if (!isWhole(maxPerCard, 0, MAX_DOTS_PER_PERSON)) return 'maxPerCard'
      if (typeof anonymous !== 'boolean') return 'anonymous is not true or false'
      return {
        name,
        args: {
          parentId,
          title,
          cardIds: [...new Set(cardIds)],
          dotsPerPerson,
          maxPerCard,
          anonymous,
        },
      }
    }
    case 'dot': {
      const { voteId, cardId, add, name: voter } = args
      if (!isVoteId(voteId)) return 'voteId'
      if (!isShapeId(cardId)) return 'cardId is not a shape id'
      if (typeof add !== 'boolean') return 'add is not true or false'
      if (!isText(voter, MAX_SHAPE_LINE_LENGTH)) return 'name is not text'
      return { name, args: { voteId, cardId, add, name: voter } }
    }
    case 'myDots': {
      const { voteId } = args
      if (!isVoteId(voteId)) return 'voteId'
      return { name, args: { voteId } }
    }
    case 'endVote': {
      const { voteId, action } = args
      if (!isVoteId(voteId)) return 'voteId'
      if (!(VOTE_ACTIONS as readonly unknown[]).includes(action)) return 'unknown action'
      return { name, args: { voteId, action: action as VoteAction } }
    }
    default:
      return undefined
  }
}
