import type { AwarenessUser, BoardId } from '@common-ground/shared'
import { useEffect, useMemo } from 'react'
import { FALLBACK_CONFIG, resolveLicenseKey } from '../app/clientConfig'
import { useClientConfig } from '../app/useClientConfig'
import { createAssetStore } from '../canvas/assetStore'
import { BoardCanvas } from '../canvas/BoardCanvas'
import type { StoredUser } from '../join/storedUser'
import type { UserColor } from '../join/userColors'
import { notices } from '../panels/notices'
import { Notices } from '../panels/Notices'
import { TopBar } from '../panels/TopBar'
import { useBoardSync } from '../sync/useBoardSync'
import { BoardError, BoardLoading, BoardOutdated } from './BoardStates'

const showNotice = (message: string) => void notices.post(message)

export interface BoardSessionProps {
  boardId: BoardId
  user: StoredUser
  onChangeUser: (name: string, color: UserColor) => void
}

/** One participant on one board: the top bar, the canvas, and everything between. */
export function BoardSession({ boardId, user, onChangeUser }: BoardSessionProps) {
  const { id, name, color } = user
  const awarenessUser = useMemo<AwarenessUser>(() => ({ id, name, color }), [id, name, color])
  const config = useClientConfig()

  const assets = useMemo(
    () =>
      createAssetStore({
        boardId,
        policy: FALLBACK_CONFIG,
        notify: showNotice,
      }),
    [boardId],
  )
  useEffect(() => {
    if (config) assets.setPolicy(config)
  }, [assets, config])

  const sync = useBoardSync({ boardId, user: awarenessUser, assets, onNotice: showNotice })

  let content
  switch (sync.status) {
    case 'loading':
      content = <BoardLoading />
      break
    case 'ready':
      // The licence key is read once, when tldraw mounts: wait for the config (which
      // gives up after a few seconds and falls back) rather than mount without it.
      content =
        config === null ? (
          <BoardLoading />
        ) : (
          <BoardCanvas
            store={sync.store}
            onEditorMount={sync.onEditorMount}
            licenseKey={resolveLicenseKey(config, import.meta.env.VITE_TLDRAW_LICENSE_KEY)}
            policy={config}
          />
        )
      break
    case 'outdated':
      content = <BoardOutdated message={sync.message} />
      break
    case 'error':
      content = <BoardError message={sync.message} />
      break
    default:
      content = unreachable(sync)
  }

  return (
    <div className="board-layout">
      <TopBar
        boardId={boardId}
        user={user}
        connection={sync.status === 'loading' || sync.status === 'ready' ? sync.connection : null}
        onChangeUser={onChangeUser}
      />
      <main className="board-main" aria-label="Board">
        <Notices />
        {content}
      </main>
    </div>
  )
}

function unreachable(value: never): never {
  throw new Error(`Unknown board state: ${JSON.stringify(value)}`)
}
