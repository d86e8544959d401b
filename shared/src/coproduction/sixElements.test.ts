import { domainWords } from '../i18n/domainWords.js'
import type { TLRecord, TLShapeId } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { shapeRecord } from '../templates/shapeRecords.js'
import {
  emptyRatings,
  RATING_TYPE,
  ratingDistribution,
  ratingShapeId,
  SIX_ELEMENTS_QUESTIONS,
  type RatingShape,
  type Ratings,
} from './sixElements.js'

const check = 'shape:check' as TLShapeId

function rating(
  participantId: string,
  ratings: Partial<Ratings>,
  id = ratingShapeId(check, participantId),
) {
  return shapeRecord<RatingShape>(
    { id, parentId: check, index: 'a1' as never, x: 0, y: 0 },
    RATING_TYPE,
    { participantId, participantName: '', ratings: { ...emptyRatings(), ...ratings } },
  ) as TLRecord
}

describe('the six-elements check', () => {
  it('asks nef’s six questions verbatim', () => {
    const words = domainWords('en')
    expect(
      SIX_ELEMENTS_QUESTIONS.map(
        (q) => `${words.questionTitle(q.id)}: ${words.questionText(q.id)}`,
      ),
    ).toEqual([
      'An asset-based approach: does the service acknowledge and celebrate the assets of users and the community, rather than focusing on deficits?',
      'Working on capabilities: does the service build the skills of those involved?',
      'Developing mutuality: does it broker a true partnership and shared responsibility between professionals and users?',
      'Growing networks: does it support, connect with, learn with and reflect with people other than the usual suspects, with forums where users and professionals share expertise?',
      'Blurring roles: are professionals and users both seen as crucial to delivery?',
      'Acting as catalysts: do professionals get to act as coaches and facilitators?',
    ])
    expect(words.questionTitle(SIX_ELEMENTS_QUESTIONS[0].id)).toBe('An asset-based approach')
  })

  it('gives each participant their own rating record on each check', () => {
    expect(ratingShapeId(check, 'participant-1')).toBe(ratingShapeId(check, 'participant-1'))
    expect(ratingShapeId(check, 'participant-1')).not.toBe(ratingShapeId(check, 'participant-2'))
    expect(ratingShapeId(check, 'participant-1')).not.toBe(
      ratingShapeId('shape:other' as TLShapeId, 'participant-1'),
    )
    expect(ratingShapeId(check, 'participant-1')).toMatch(/^shape:/)
  })

  it('counts each participant’s answers per question, leaving out unanswered ones', () => {
    const records = [
      rating('participant-1', { 'asset-based': 4, networks: 0 }),
      rating('participant-2', { 'asset-based': 4, networks: 2 }),
      rating('participant-3', {}),
    ]
    const { distribution, raters } = ratingDistribution(records, check)
    expect(distribution['asset-based']).toEqual([0, 0, 0, 0, 2])
    expect(distribution.networks).toEqual([1, 0, 1, 0, 0])
    expect(distribution.catalysts).toEqual([0, 0, 0, 0, 0])
    expect(raters).toBe(2)
  })

  it('ignores ratings of another check and records not stored under their participant’s id', () => {
    const elsewhere = { ...rating('participant-1', { mutuality: 1 }), parentId: 'shape:other' }
    const forged = rating('participant-2', { mutuality: 1 }, ratingShapeId(check, 'participant-9'))
    const { distribution, raters } = ratingDistribution([elsewhere as TLRecord, forged], check)
    expect(distribution.mutuality).toEqual([0, 0, 0, 0, 0])
    expect(raters).toBe(0)
  })
})
