import { relationMigrations, type AwarenessUser } from '@common-ground/shared'
import {
  atom,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
  UserRecordType,
  type TLAssetStore,
  type TLStore,
  type TLUser,
} from 'tldraw'
import { commonGroundShapeUtils } from '../shapes'

/**
 * The tldraw store of one attachment to a board: tldraw's shapes and ours, the board's
 * extra migrations (the same as shared's createBoardSchema, so the schemas match), the
 * asset store, and the person edits are attributed to. Someone who cannot edit has no
 * current user, so tldraw writes no `user:` record for them (SPEC.md rule 10).
 */
export function createBoardStore(options: {
  user: AwarenessUser
  assets: TLAssetStore
  readOnly: boolean
}): { store: TLStore; setUser: (user: AwarenessUser) => void } {
  const { readOnly } = options
  const $currentUser = atom<TLUser | null>('current user', readOnly ? null : toTLUser(options.user))
  const store = createTLStore({
    shapeUtils: [...defaultShapeUtils, ...commonGroundShapeUtils],
    bindingUtils: defaultBindingUtils,
    migrations: [relationMigrations],
    assets: options.assets,
    users: { currentUser: $currentUser },
    // tldraw's own read-only switch: the editor follows this signal from its mount on.
    collaboration: { status: null, mode: atom('mode', readOnly ? 'readonly' : 'readwrite') },
  })
  return {
    store,
    setUser: (user) => {
      if (!readOnly) $currentUser.set(toTLUser(user))
    },
  }
}

function toTLUser(user: AwarenessUser): TLUser {
  return UserRecordType.create({ id: createUserId(user.id), name: user.name, color: user.color })
}
