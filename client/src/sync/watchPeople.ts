import type { Awareness } from 'y-protocols/awareness'
import { peopleFromAwareness, samePeople, type Person } from '../people/people'

/**
 * Reports everyone on the board (SPEC.md rule 11) now and whenever the visible list
 * changes; awareness changes with every cursor move, which is not reported. Returns the
 * function that stops watching.
 */
export function watchPeople(
  awareness: Awareness,
  onPeople: (people: readonly Person[]) => void,
): () => void {
  let people: readonly Person[] = []
  const report = () => {
    const next = peopleFromAwareness(awareness.getStates(), awareness.clientID)
    if (samePeople(people, next)) return
    people = next
    onPeople(next)
  }
  awareness.on('change', report)
  report()
  return () => awareness.off('change', report)
}
