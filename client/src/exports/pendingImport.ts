import { useEffect, useRef } from 'react'
import type { Editor } from 'tldraw'
import type { BoardId } from '@common-ground/shared'
import { importTldrContent, readTldrFile } from './tldrFile'

/**
 * A `.tldr` file chosen for a new board waits in this tab's session storage until the new
 * board is live (SPEC 63): the file is read and checked before the board is made, so a
 * bad file makes no board; the import itself is the same as onto an existing board.
 */
const KEY_PREFIX = 'cg-pending-tldr:'

export function keepPendingImport(boardId: BoardId, json: string): boolean {
  try {
    sessionStorage.setItem(KEY_PREFIX + boardId, json)
    return true
  } catch {
    // Session storage is full (a file of several MB of images): the caller says so.
    return false
  }
}

/** Imports the file waiting for `boardId` once its editor is live and can write. */
export function usePendingImport(
  boardId: BoardId,
  editor: Editor | null,
  canWrite: boolean,
  onImported: (count: number) => void,
): void {
  const started = useRef(false)
  useEffect(() => {
    if (editor === null || !canWrite || started.current) return
    const json = sessionStorage.getItem(KEY_PREFIX + boardId)
    if (json === null) return
    started.current = true
    sessionStorage.removeItem(KEY_PREFIX + boardId)
    void importTldrContent(editor, readTldrFile(editor.store.schema, json)).then(onImported, () => {
      // Checked before the board was made; a failed image upload leaves the board empty.
    })
  }, [boardId, editor, canWrite, onImported])
}
