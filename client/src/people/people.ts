import type { TakesPartAs } from '@common-ground/shared'
import type { Translate } from '../i18n/useT'
import { parseAwarenessUser } from '../sync/presence'

/** One person on the board, as the people list shows them. */
export interface Person {
  /** The person's stable id: two tabs of one browser are one person. */
  id: string
  name: string
  color: string
  /** How they take part (the people list shows its words); null when they did not say. */
  takesPartAs: Exclude<TakesPartAs, 'not-said'> | null
  /** Only watching: an observer cannot change the board. */
  viewOnly: boolean
  /** This browser's own person. */
  isYou: boolean
}

function saidTakesPartAs(id: TakesPartAs | undefined): Exclude<TakesPartAs, 'not-said'> | null {
  return id === undefined || id === 'not-said' ? null : id
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/**
 * Everyone in a board's awareness states (`Awareness.getStates()`), you first, then by
 * name. States come from other clients: one without a valid `user` is left out, and
 * several connections of one person (tabs, a reconnect not yet timed out) count once.
 * A person is view-only only if all their connections are.
 */
export function peopleFromAwareness(
  states: ReadonlyMap<number, unknown>,
  ownClientId: number,
): Person[] {
  const people = new Map<string, Person>()
  /** Ids with at least one connection that can edit. */
  const editors = new Set<string>()
  let ownId: string | null = null
  for (const [clientId, state] of states) {
    if (typeof state !== 'object' || state === null) continue
    const user = parseAwarenessUser((state as { user?: unknown }).user)
    if (user === null) continue
    if (user.role !== 'observer') editors.add(user.id)
    if (clientId === ownClientId) ownId = user.id
    // This browser's own connection wins, so a rename shows at once.
    if (people.has(user.id) && clientId !== ownClientId) continue
    people.set(user.id, {
      id: user.id,
      // Empty when they gave no name: the list says "Someone" in the reader's language.
      name: user.name.trim(),
      color: user.color,
      takesPartAs: saidTakesPartAs(user.takesPartAs),
      viewOnly: false,
      isYou: false,
    })
  }
  const list = [...people.values()].map((person) => ({
    ...person,
    viewOnly: !editors.has(person.id),
    isYou: person.id === ownId,
  }))
  return list.sort((a, b) => Number(b.isYou) - Number(a.isYou) || byName.compare(a.name, b.name))
}

/** True when the two lists would show the same; cursor moves change neither. */
export function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, index) => {
      const other = b[index]
      return (
        other !== undefined &&
        person.id === other.id &&
        person.name === other.name &&
        person.color === other.color &&
        person.takesPartAs === other.takesPartAs &&
        person.viewOnly === other.viewOnly &&
        person.isYou === other.isYou
      )
    })
  )
}

/**
 * What a screen reader hears when people come and go: "Sam joined the board.",
 * "Ana and Jo left the board." Null when nobody came or went (a rename is not news).
 */
export function describePeopleChange(
  before: readonly Person[],
  after: readonly Person[],
  t: Translate,
): string | null {
  const beforeIds = new Set(before.map((person) => person.id))
  const afterIds = new Set(after.map((person) => person.id))
  const joined = after.filter((person) => !beforeIds.has(person.id) && !person.isYou)
  const left = before.filter((person) => !afterIds.has(person.id) && !person.isYou)
  const parts: string[] = []
  if (joined.length > 0) parts.push(t('people.joined', { names: listNames(joined, t) }))
  if (left.length > 0) parts.push(t('people.left', { names: listNames(left, t) }))
  return parts.length > 0 ? parts.join(' ') : null
}

function listNames(people: readonly Person[], t: Translate): string {
  const names = people.map((person) => person.name || t('common.someone'))
  const separator = t('people.listSeparator')
  if (names.length <= 3) {
    return names.length === 1
      ? names.join('')
      : t('common.listPair', { first: names.slice(0, -1).join(separator), last: names.at(-1)! })
  }
  return t('common.listMore', { first: names.slice(0, 2).join(separator), count: names.length - 2 })
}
