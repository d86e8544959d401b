import { describe, expect, it } from 'vitest'
import { translatorFor } from '../i18n/translate'
import { describePeopleChange, peopleFromAwareness, samePeople, type Person } from './people'

const state = (user: Record<string, unknown>, presence: unknown = null) => ({ user, presence })
const ada = { id: 'ada', name: 'Ada', color: '#e03131' }
const sam = { id: 'sam', name: 'Sam', color: '#1971c2' }
const bo = { id: 'bo', name: 'bo', color: '#2f9e44' }

describe('peopleFromAwareness', () => {
  it('lists you first, then everyone else by name, with how they take part', () => {
    const states = new Map<number, unknown>([
      [1, state({ ...sam, takesPartAs: 'professional' })],
      [2, state({ ...ada, takesPartAs: 'family-carer' })],
      [3, state(bo)],
    ])
    expect(peopleFromAwareness(states, 1)).toEqual([
      { ...sam, takesPartAs: 'professional', viewOnly: false, isYou: true },
      { ...ada, takesPartAs: 'family-carer', viewOnly: false, isYou: false },
      { ...bo, takesPartAs: null, viewOnly: false, isYou: false },
    ])
  })

  it('marks observers view only, and shows "prefer not to say" as nothing', () => {
    const states = new Map<number, unknown>([
      [1, state({ ...ada, role: 'observer', takesPartAs: 'not-said' })],
      [2, state({ ...sam, role: 'facilitator' })],
    ])
    expect(
      peopleFromAwareness(states, 2).map(({ name, viewOnly, takesPartAs }) => ({
        name,
        viewOnly,
        takesPartAs,
      })),
    ).toEqual([
      { name: 'Sam', viewOnly: false, takesPartAs: null },
      { name: 'Ada', viewOnly: true, takesPartAs: null },
    ])
  })

  it('counts one person once across tabs; your own tab’s name wins', () => {
    const states = new Map<number, unknown>([
      [5, state({ ...ada, name: 'Ada (old tab)', role: 'observer' })],
      [7, state(ada)],
      [9, state(sam)],
    ])
    const people = peopleFromAwareness(states, 7)
    expect(people.map((person) => [person.name, person.isYou, person.viewOnly])).toEqual([
      ['Ada', true, false],
      ['Sam', false, false],
    ])
  })

  it('leaves out states without a valid user, and ignores unknown optional values', () => {
    const states = new Map<number, unknown>([
      [1, null],
      [2, { presence: {} }],
      [3, state({ id: 'x', name: 42, color: '#000' })],
      [4, state({ ...sam, takesPartAs: 'astronaut', role: 'admin' })],
    ])
    expect(peopleFromAwareness(states, 99)).toEqual([
      { ...sam, takesPartAs: null, viewOnly: false, isYou: false },
    ])
  })
})

describe('describePeopleChange', () => {
  const t = translatorFor('en')
  const person = (name: string, isYou = false): Person => ({
    id: name.toLowerCase(),
    name,
    color: '#e03131',
    takesPartAs: null,
    viewOnly: false,
    isYou,
  })
  const you = person('You', true)

  it('says who joined and who left, in one sentence each', () => {
    expect(describePeopleChange([you], [you, person('Sam')], t)).toBe('Sam joined the board.')
    expect(describePeopleChange([you, person('Sam'), person('Ana')], [you], t)).toBe(
      'Sam and Ana left the board.',
    )
    expect(
      describePeopleChange([you, person('Jo')], [you, person('A'), person('B'), person('C')], t),
    ).toBe('A, B and C joined the board. Jo left the board.')
    expect(describePeopleChange([], [person('A'), person('B'), person('C'), person('D')], t)).toBe(
      'A, B and 2 others joined the board.',
    )
  })

  it('says it in the language asked for', () => {
    expect(
      describePeopleChange([you], [you, person('Sam'), person('Ana')], translatorFor('cy')),
    ).toBe('Mae Sam a Ana wedi ymuno â’r bwrdd.')
    expect(describePeopleChange([you, person('Sam')], [you], translatorFor('ar'))).toBe(
      'غادر Sam اللوحة.',
    )
  })

  it('stays quiet for yourself and for nothing new', () => {
    expect(describePeopleChange([], [you], t)).toBeNull()
    expect(describePeopleChange([you, person('Sam')], [you, person('Sam')], t)).toBeNull()
  })
})

describe('samePeople', () => {
  it('notices any visible difference', () => {
    const list = peopleFromAwareness(new Map([[1, state(ada)]]), 1)
    expect(samePeople(list, peopleFromAwareness(new Map([[1, state(ada)]]), 1))).toBe(true)
    expect(
      samePeople(list, peopleFromAwareness(new Map([[1, state({ ...ada, name: 'A' })]]), 1)),
    ).toBe(false)
    expect(samePeople(list, [])).toBe(false)
  })
})
