import type { AwarenessState, AwarenessUser } from '@common-ground/shared'
import {
  atom,
  createUserId,
  TLPOINTER_ID,
  UserRecordType,
  type TLInstancePresence,
  type TLStore,
} from 'tldraw'
import { afterEach, describe, expect, test, vi } from 'vitest'
import {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  isAwarenessUser,
  parseAwarenessUser,
  publishLocalPresence,
  setAwarenessUser,
  syncRemotePresence,
} from './presence'
import { createTestStore, geoShape } from './test/fixtures'

const ada: AwarenessUser = { id: 'ada', name: 'Ada', color: '#e03131' }

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  vi.useRealTimers()
})

function awareness(): Awareness {
  const a = new Awareness(new Y.Doc())
  cleanups.push(() => a.destroy())
  return a
}

/** A store as an editor leaves it: instance, pointer, camera and page state exist. */
function usableStore(): TLStore {
  const store = createTestStore()
  store.mergeRemoteChanges(() => {})
  return store
}

function relay(from: Awareness, to: Awareness) {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...from.getStates().keys()]), 'relay')
}

function presences(store: TLStore): TLInstancePresence[] {
  return store.query.records('instance_presence').get()
}

describe('presence', () => {
  test('a participant appears in the other store with their name and colour, and leaves', () => {
    const theirs = awareness()
    const ours = awareness()
    const theirStore = usableStore()
    setAwarenessUser(theirs, ada)
    const $user = atom('user', UserRecordType.create({ id: createUserId('tldraw-id'), name: 'x' }))
    cleanups.push(publishLocalPresence(theirStore, $user, theirs, 0))

    const ourStore = usableStore()
    cleanups.push(syncRemotePresence(ourStore, ours))
    relay(theirs, ours)

    const [presence] = presences(ourStore)
    expect(presences(ourStore)).toHaveLength(1)
    expect(presence).toMatchObject({
      userName: 'Ada',
      color: '#e03131',
      userId: createUserId('ada'),
      currentPageId: 'page:page',
    })

    theirStore.update(TLPOINTER_ID, (p) => ({ ...p, x: 42, y: 7 }))
    relay(theirs, ours)
    expect(presences(ourStore)[0]?.cursor).toMatchObject({ x: 42, y: 7 })

    removeAwarenessStates(ours, [theirs.clientID], 'connection closed')
    expect(presences(ourStore)).toEqual([])
  })

  test('presence records are remote changes: never user changes, so never undone or synced', () => {
    const theirs = awareness()
    const ours = awareness()
    const theirStore = usableStore()
    setAwarenessUser(theirs, ada)
    const $user = atom('user', UserRecordType.create({ id: createUserId('ada'), name: 'Ada' }))
    cleanups.push(publishLocalPresence(theirStore, $user, theirs, 0))
    const ourStore = usableStore()
    const userChanges = vi.fn()
    ourStore.listen(userChanges, { source: 'user', scope: 'all' })
    cleanups.push(syncRemotePresence(ourStore, ours))
    relay(theirs, ours)
    expect(presences(ourStore)).toHaveLength(1)
    expect(userChanges).not.toHaveBeenCalled()
  })

  test('while the person is editing the board, presence goes out at the slower busy rate', () => {
    vi.useFakeTimers()
    const theirs = awareness()
    const store = usableStore()
    setAwarenessUser(theirs, ada)
    const $user = atom('user', UserRecordType.create({ id: createUserId('ada'), name: 'Ada' }))
    cleanups.push(publishLocalPresence(store, $user, theirs, 100, Date.now, 300))
    let published = 0
    theirs.on('change', () => published++)
    const pointer = () => store.get(TLPOINTER_ID)!
    const moveCursor = (x: number) => store.put([{ ...pointer(), x }])
    // Idle: a cursor moving every 20 ms for a second goes out about ten times.
    for (let i = 1; i <= 50; i++) {
      moveCursor(i)
      vi.advanceTimersByTime(20)
    }
    expect(published).toBeGreaterThanOrEqual(9)
    expect(published).toBeLessThanOrEqual(11)
    // Dragging a shape: the same cursor goes out about three times a second.
    published = 0
    const shape = geoShape('dragged')
    for (let i = 1; i <= 50; i++) {
      store.put([{ ...shape, x: i }])
      moveCursor(100 + i)
      vi.advanceTimersByTime(20)
    }
    expect(published).toBeGreaterThanOrEqual(3)
    expect(published).toBeLessThanOrEqual(4)
  })

  test('malformed awareness states are skipped without throwing', () => {
    const theirs = awareness()
    const ours = awareness()
    const onInvalid = vi.fn()
    const ourStore = usableStore()
    cleanups.push(syncRemotePresence(ourStore, ours, onInvalid))
    theirs.setLocalState({
      user: { id: 'x', name: 'X', color: '#000' },
      presence: { cursor: 'no' },
    })
    expect(() => relay(theirs, ours)).not.toThrow()
    theirs.setLocalState({ user: 'nobody', presence: null })
    expect(() => relay(theirs, ours)).not.toThrow()
    expect(presences(ourStore)).toEqual([])
    expect(onInvalid).toHaveBeenCalledTimes(2)
  })

  test('a participant without presence yet is announced but draws nothing', () => {
    const theirs = awareness()
    const ours = awareness()
    const ourStore = usableStore()
    cleanups.push(syncRemotePresence(ourStore, ours))
    setAwarenessUser(theirs, ada)
    relay(theirs, ours)
    expect(presences(ourStore)).toEqual([])
    expect((ours.getStates().get(theirs.clientID) as AwarenessState).user).toEqual(ada)
  })

  test('local presence is throttled but its last state is always published', () => {
    vi.useFakeTimers()
    const ours = awareness()
    const store = usableStore()
    setAwarenessUser(ours, ada)
    const published = vi.fn()
    ours.on('change', () => published((ours.getLocalState() as AwarenessState | null)?.presence))
    const $user = atom('user', UserRecordType.create({ id: createUserId('ada'), name: 'Ada' }))
    cleanups.push(publishLocalPresence(store, $user, ours, 100))
    expect(published).toHaveBeenCalledTimes(1)

    for (let x = 1; x <= 10; x++) store.update(TLPOINTER_ID, (p) => ({ ...p, x }))
    expect(published).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(100)
    expect(published).toHaveBeenCalledTimes(2)
    expect(published.mock.lastCall?.[0]).toMatchObject({ cursor: { x: 10 } })
  })
})

describe('awareness users', () => {
  test('accept how someone takes part and their role, and drop values not understood', () => {
    const full = { ...ada, takesPartAs: 'community', role: 'observer' }
    expect(isAwarenessUser(full)).toBe(true)
    expect(parseAwarenessUser(full)).toEqual(full)
    const newer = { ...ada, takesPartAs: 'astronaut', role: 'admin' }
    expect(isAwarenessUser(newer)).toBe(false)
    expect(parseAwarenessUser(newer)).toEqual(ada)
    expect(parseAwarenessUser({ ...ada, name: undefined })).toBeNull()
  })
})
