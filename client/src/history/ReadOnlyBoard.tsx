import { useEffect, useMemo, useRef, useState } from 'react'
import type { BoardId } from '@common-ground/shared'
import type { Editor, SerializedSchema, StoreSnapshot, TLRecord, TLStore } from 'tldraw'
import { FALLBACK_CONFIG, resolveLicenseKey } from '../app/clientConfig'
import { useClientConfig } from '../app/useClientConfig'
import { createAssetStore } from '../canvas/assetStore'
import { BoardCanvas } from '../canvas/BoardCanvas'
import { notices } from '../panels/notices'
import { createBoardStore } from '../sync/boardStore'

export interface ReadOnlyBoardProps {
  boardId: BoardId
  /** The board's records and the schema they were written with (board.json, a checkpoint). */
  records: Record<string, unknown>
  schema: unknown
  onEditor?: (editor: Editor | null) => void
  /** Shown instead of the canvas when the records cannot be read by this version. */
  unreadable: string
}

const READER = { id: 'reader', name: '', color: '#000000', role: 'observer' } as const
const noSync = () => () => {}

/**
 * A board's records on a read-only canvas of their own (SPEC 47, 50): a checkpoint's
 * preview, or an archived board. Nothing is connected to the board: the store is filled
 * once, migrated by tldraw from the schema the records were written with, and tldraw
 * opens it read-only, so no edit can be made, let alone sent.
 */
export function ReadOnlyBoard({
  boardId,
  records,
  schema,
  onEditor,
  unreadable,
}: ReadOnlyBoardProps) {
  const config = useClientConfig()
  const loaded = useMemo(() => loadStore(boardId, records, schema), [boardId, records, schema])
  const [editor, setEditor] = useState<Editor | null>(null)
  useEffect(() => {
    onEditor?.(editor)
  }, [editor, onEditor])
  const containerRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const container = containerRef.current
    if (editor === null || container === null) return
    // The whole board in view, as a reader expects to find it, and again when the space
    // for it changes (a panel opens, a phone turns) unless the reader has moved since.
    let fitted: string | null = null
    const fit = () => {
      if (fitted !== null && JSON.stringify(editor.getCamera()) !== fitted) return
      editor.zoomToFit({ animation: { duration: 0 } })
      fitted = JSON.stringify(editor.getCamera())
    }
    fit()
    const observer = new ResizeObserver(() => requestAnimationFrame(fit))
    observer.observe(container)
    return () => observer.disconnect()
  }, [editor])

  if (loaded === null) return <p role="alert">{unreadable}</p>
  if (config === null) return null
  return (
    <div className="read-only-board" ref={containerRef}>
      <BoardCanvas
        store={loaded}
        onEditorMount={noSync}
        onEditor={setEditor}
        licenseKey={resolveLicenseKey(config, import.meta.env.VITE_TLDRAW_LICENSE_KEY)}
        policy={config}
        canLock={false}
      />
    </div>
  )
}

function loadStore(
  boardId: BoardId,
  records: Record<string, unknown>,
  schema: unknown,
): TLStore | null {
  const assets = createAssetStore({
    boardId,
    policy: FALLBACK_CONFIG,
    notify: (message) => void notices.post(message),
  })
  const { store } = createBoardStore({ user: READER, assets, readOnly: true })
  try {
    store.loadStoreSnapshot({
      store: records as StoreSnapshot<TLRecord>['store'],
      schema: schema as SerializedSchema,
    })
    return store
  } catch {
    return null
  }
}
