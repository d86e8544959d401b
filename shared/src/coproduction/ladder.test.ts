import { domainWords } from '../i18n/domainWords.js'
import { describe, expect, it } from 'vitest'
import { classifyByLadder, LADDER_BANDS, LADDER_RUNGS, ladderLayout } from './ladder.js'

// As the product brief (DOMAIN.md, kept outside the repository) words it.
const DOMAIN_LADDER = `From least to most power shared (Think Local Act Personal's ladder of co-production, after
Arnstein): coercion, educating, informing, consultation, engagement, co-design,
co-production. "Doing to", "doing for", "doing with".`
const ladder = { x: -200, y: 300, props: { w: 1000, h: 700 } }

describe('the ladder of participation', () => {
  it('has DOMAIN.md’s rungs from least to most power shared, and its three bands', () => {
    const listed = /Arnstein\):\s*([^.]+)\./.exec(DOMAIN_LADDER)![1]!.replace(/\s+/g, ' ')
    const words = domainWords('en')
    expect(LADDER_RUNGS.map((rung) => words.ladderRung(rung.id).toLowerCase()).join(', ')).toBe(
      listed,
    )
    for (const band of LADDER_BANDS) {
      expect(DOMAIN_LADDER.toLowerCase()).toContain(`"${words.ladderBand(band.id).toLowerCase()}"`)
    }
    expect(LADDER_RUNGS.at(-1)!.band).toBe('doing-with')
  })

  it('puts coercion at the bottom and co-production at the top, bands beside their rungs', () => {
    const { rungs, bands } = ladderLayout(ladder.props)
    expect(rungs[0]!.rect.y + rungs[0]!.rect.h).toBeCloseTo(700)
    expect(rungs.at(-1)!.rect.y).toBeCloseTo(0)
    const doingWith = bands.find((band) => band.id === 'doing-with')!.rect
    expect(doingWith).toMatchObject({ x: 0, y: 0, h: 200 })
  })

  it('classifies a card by the rung its centre lies on, bands column included', () => {
    for (const { rung, rect } of ladderLayout(ladder.props).rungs) {
      const y = ladder.y + rect.y + rect.h / 2
      expect(classifyByLadder(ladder, { x: ladder.x + 600, y: y - 20, w: 100, h: 40 })).toBe(
        rung.id,
      )
      expect(classifyByLadder(ladder, { x: ladder.x + 10, y: y - 20, w: 20, h: 40 })).toBe(rung.id)
    }
  })

  it('classifies nothing off the ladder', () => {
    expect(classifyByLadder(ladder, { x: ladder.x - 50, y: 500, w: 40, h: 40 })).toBeNull()
    expect(classifyByLadder(ladder, { x: ladder.x + 990, y: 500, w: 40, h: 40 })).toBeNull()
    expect(classifyByLadder(ladder, { x: 0, y: ladder.y - 30, w: 40, h: 40 })).toBeNull()
    expect(classifyByLadder(ladder, { x: 0, y: ladder.y + 690, w: 40, h: 40 })).toBeNull()
  })
})
