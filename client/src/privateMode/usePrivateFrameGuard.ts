import { isPrivateNow, privateFrameShapeId } from '@common-ground/shared'
import { useEffect } from 'react'
import type { Editor, TLShape } from 'tldraw'
import { useT } from '../i18n/useT'
import { notices } from '../panels/notices'

/**
 * The client's side of R105 (SPEC 40): the server refuses a new shape in a frame that is in
 * private mode, and closes the writer's socket. So before this person's own new shape
 * enters such a frame it is put on the page at the same place instead (it stays visible
 * to everyone, as any shape outside the area), and they are told to add private cards from
 * the session tab. Remote shapes (the server's revealed cards) are left alone.
 */
export function usePrivateFrameGuard(editor: Editor | null): void {
  const { t } = useT()
  useEffect(() => {
    if (editor === null) return
    return editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
      if (source !== 'user' || !shape.parentId.startsWith('shape:')) return shape
      if (!isPrivateNow(editor.store.get(privateFrameShapeId(shape.parentId) as TLShape['id']))) {
        return shape
      }
      const frameId = shape.parentId as TLShape['id']
      const point = editor.getShapePageTransform(frameId).applyToPoint({ x: shape.x, y: shape.y })
      notices.post(t('private.guard'))
      return {
        ...shape,
        parentId: editor.getAncestorPageId(frameId) ?? editor.getCurrentPageId(),
        x: point.x,
        y: point.y,
      }
    })
  }, [editor, t])
}
