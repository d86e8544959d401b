import { useT } from '../i18n/useT'
import { readCoproduction } from '@common-ground/shared'
import { useValue, type Editor } from 'tldraw'
import { deriveBoard, type BoardModel } from './derive'

/**
 * The structured views' model, recomputed whenever a record of the board changes
 * (tldraw's signals track what was read), so canvas edits show in the views at once.
 * Bindings are records of their own, so they are read from the store, not the page.
 */
export function useBoardModel(editor: Editor): BoardModel {
  const { t, words } = useT()
  return useValue(
    'board model',
    () => {
      const page = editor.getCurrentPageId()
      const records = editor.store.query.records('shape').get()
      const bindings = editor.store.query.records('binding').get()
      const onPage = records.filter((shape) => editor.getAncestorPageId(shape) === page)
      return deriveBoard(readCoproduction([...onPage, ...bindings], words), t)
    },
    [editor, t, words],
  )
}
