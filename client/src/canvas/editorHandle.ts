import type { Editor } from 'tldraw'

/** What end-to-end tests read from the page to inspect and drive the canvas. */
export interface CommonGroundTestHandle {
  editor: Editor
}

declare global {
  interface Window {
    __commonGround?: CommonGroundTestHandle
  }
}

/** Publishes the editor on `window.__commonGround`; the returned function withdraws it. */
export function exposeEditor(editor: Editor): () => void {
  window.__commonGround = { editor }
  return () => {
    if (window.__commonGround?.editor === editor) delete window.__commonGround
  }
}
