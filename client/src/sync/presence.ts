import {
  isRole,
  isTakesPartAs,
  type AwarenessState,
  type AwarenessUser,
} from '@common-ground/shared'
import {
  computed,
  createPresenceStateDerivation,
  createUserId,
  InstancePresenceRecordType,
  react,
  UserRecordType,
  type Editor,
  type Signal,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'

/**
 * Presence rides on y-protocols awareness, never in the Y.Doc: each client's awareness
 * state is an {@link AwarenessState}, `{ user, presence }`, where `presence` is its
 * tldraw `instance_presence` record. Other clients' records are put into the local store
 * (as remote changes), which is all tldraw needs to draw their cursors, selections and
 * names.
 */

/** How often the local presence is re-published at most; cursors move every frame. */
export const PRESENCE_THROTTLE_MS = 100

/**
 * The slower rate while this person is changing the board (dragging, resizing, drawing):
 * the shape they hold already shows others where they are, and its record is the larger
 * part of what they upload, so the cursor need not also go ten times a second.
 */
export const PRESENCE_BUSY_THROTTLE_MS = 300

/** How long after the last local change to a document record someone counts as busy. */
export const BUSY_AFTER_EDIT_MS = 500

export interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * Mirrors every other awareness client's presence into `store` as an instance_presence
 * record with that participant's name and colour, and removes it when they leave (or
 * their state goes stale). Returns a function that stops and removes every record put.
 */
export function syncRemotePresence(
  store: TLStore,
  awareness: Awareness,
  onInvalid: (clientId: number, error: unknown) => void = () => {},
): () => void {
  const shown = new Map<number, TLInstancePresence['id']>()

  const apply = (clientIds: number[]) => {
    const puts: TLInstancePresence[] = []
    const removals: TLInstancePresence['id'][] = []
    for (const clientId of clientIds) {
      if (clientId === awareness.clientID) continue
      const state: unknown = awareness.getStates().get(clientId)
      const result = state === undefined ? null : presenceFromAwareness(store, clientId, state)
      if (result instanceof Error) onInvalid(clientId, result)
      if (result && !(result instanceof Error)) {
        puts.push(result)
        shown.set(clientId, result.id)
      } else {
        const id = shown.get(clientId)
        if (id) removals.push(id)
        shown.delete(clientId)
      }
    }
    if (puts.length === 0 && removals.length === 0) return
    store.mergeRemoteChanges(() => {
      if (removals.length > 0) store.remove(removals)
      if (puts.length > 0) store.put(puts)
    })
  }

  const onChange = ({ added, updated, removed }: AwarenessChanges) => {
    apply([...added, ...updated, ...removed])
  }
  awareness.on('change', onChange)
  apply([...awareness.getStates().keys()])

  return () => {
    awareness.off('change', onChange)
    const ids = [...shown.values()]
    shown.clear()
    if (ids.length > 0) store.mergeRemoteChanges(() => store.remove(ids))
  }
}

/**
 * The instance_presence record for one remote awareness state, null when it has none
 * yet, or an Error when the state is malformed. The state came from another client, so
 * everything is checked; the id is derived from the awareness client id (one record per
 * connection), and name and colour come from `user`, the participant's own choice.
 */
export function presenceFromAwareness(
  store: TLStore,
  clientId: number,
  state: unknown,
): TLInstancePresence | null | Error {
  if (typeof state !== 'object' || state === null) return new Error('state is not an object')
  const { user: rawUser, presence } = state as Partial<Record<keyof AwarenessState, unknown>>
  const user = parseAwarenessUser(rawUser)
  if (user === null) return new Error('state has no valid user')
  if (presence === null || presence === undefined) return null
  if (typeof presence !== 'object') return new Error('presence is not an object')
  const record = {
    ...presence,
    typeName: 'instance_presence',
    id: InstancePresenceRecordType.createId(String(clientId)),
    userId: createUserId(user.id),
    userName: user.name,
    color: user.color,
  } as TLInstancePresence
  try {
    return store.schema.validateRecord(store, record, 'createRecord', null) as TLInstancePresence
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/**
 * Reads another client's `user`. Id, name and colour are required; `takesPartAs` and
 * `role` are optional and dropped when not understood (a newer client may offer more
 * options), so an unknown value never hides a person's cursor.
 */
export function parseAwarenessUser(value: unknown): AwarenessUser | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, name, color, takesPartAs, role } = value as Record<string, unknown>
  if (typeof id !== 'string' || typeof name !== 'string' || typeof color !== 'string') return null
  const user: AwarenessUser = { id, name, color }
  if (isTakesPartAs(takesPartAs)) user.takesPartAs = takesPartAs
  if (isRole(role)) user.role = role
  return user
}

/** True when every field present is one this client understands. */
export function isAwarenessUser(value: unknown): value is AwarenessUser {
  const user = parseAwarenessUser(value)
  if (user === null) return false
  const { takesPartAs, role } = value as Record<string, unknown>
  return (
    (takesPartAs === undefined || isTakesPartAs(takesPartAs)) &&
    (role === undefined || isRole(role))
  )
}

/**
 * Publishes this client's presence (tldraw's derivation from the store's instance,
 * pointer, camera and page state) into the awareness `presence` field, at most once per
 * `throttleMs`, or once per `busyThrottleMs` within BUSY_AFTER_EDIT_MS of this person's
 * last change to a document record; the last change is always sent. The awareness state
 * must already carry `user` (see {@link setAwarenessUser}).
 */
export function publishLocalPresence(
  store: TLStore,
  $user: Signal<TLUser | null>,
  awareness: Awareness,
  throttleMs = PRESENCE_THROTTLE_MS,
  now: () => number = Date.now,
  busyThrottleMs = PRESENCE_BUSY_THROTTLE_MS,
): () => void {
  const $presence = createPresenceStateDerivation($user)(store)
  let lastPublished = Number.NEGATIVE_INFINITY
  let lastEdit = Number.NEGATIVE_INFINITY
  let timer: ReturnType<typeof setTimeout> | null = null
  const publish = () => {
    timer = null
    lastPublished = now()
    awareness.setLocalStateField('presence', $presence.get())
  }
  const stopWatchingEdits = store.listen(() => (lastEdit = now()), {
    source: 'user',
    scope: 'document',
  })
  const stop = react('publish presence to awareness', () => {
    $presence.get()
    if (timer !== null) return
    const busy = now() - lastEdit < BUSY_AFTER_EDIT_MS
    const wait = lastPublished + (busy ? busyThrottleMs : throttleMs) - now()
    if (wait <= 0) publish()
    else timer = setTimeout(publish, wait)
  })
  return () => {
    stop()
    stopWatchingEdits()
    if (timer !== null) clearTimeout(timer)
    awareness.setLocalStateField('presence', null)
  }
}

/** Sets (or changes) the participant this client announces, keeping its presence. */
export function setAwarenessUser(awareness: Awareness, user: AwarenessUser): void {
  const current = awareness.getLocalState() as Partial<AwarenessState> | null
  const state: AwarenessState = { user: { ...user }, presence: current?.presence ?? null }
  awareness.setLocalState(state)
}

/**
 * Wires an editor's presence: its user preferences take the participant's id, name and
 * colour (tldraw shows them in its own UI and leaves records of that user id out of the
 * collaborator list), and its presence is published until the returned cleanup runs.
 */
export function publishEditorPresence(
  editor: Editor,
  awareness: Awareness,
  user: AwarenessUser,
): () => void {
  applyUserToEditor(editor, user)
  const $user = computed('awareness user', () =>
    UserRecordType.create({
      id: editor.user.getRecordId(),
      name: editor.user.getName(),
      color: editor.user.getColor(),
    }),
  )
  return publishLocalPresence(editor.store, $user, awareness)
}

export function applyUserToEditor(editor: Editor, user: AwarenessUser): void {
  editor.user.updateUserPreferences({ id: user.id, name: user.name, color: user.color })
}
