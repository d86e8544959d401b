import {
  isRelationId,
  plainTextOf,
  RELATION_META_KEY,
  type RelationId,
} from '@common-ground/shared'
import {
  ArrowShapeUtil,
  toRichText,
  useEditor,
  useValue,
  type SvgExportContext,
  type TLArrowShape,
} from 'tldraw'
import type { ReactElement } from 'react'
import { currentWords } from '../i18n/translate'
import { useT } from '../i18n/useT'

/**
 * `shape` as tldraw should draw it: a connection arrow whose relation is an id and whose
 * own text is empty shows its relation's words, in `relationWord`'s language. Text
 * someone typed on the arrow is drawn as it is.
 */
function withRelationWords(
  shape: TLArrowShape,
  relationWord: (relation: RelationId) => string,
): TLArrowShape {
  const relation = shape.meta[RELATION_META_KEY]
  if (!isRelationId(relation) || plainTextOf(shape.props.richText).trim() !== '') return shape
  return { ...shape, props: { ...shape.props, richText: toRichText(relationWord(relation)) } }
}

/**
 * tldraw's arrow, drawing a connection's relation in the reader's language. The board
 * stores only the relation id (`meta.relation`), so a board made in Welsh reads in English
 * for an English reader. Same type, props and migrations as tldraw's arrow: the store's
 * schema is unchanged, and only the canvas uses this util.
 */
export class RelationArrowShapeUtil extends ArrowShapeUtil {
  override component(shape: TLArrowShape) {
    return <RelationArrow util={this} shape={shape} />
  }

  /** tldraw's own drawing; called while rendering RelationArrow, so its hooks are its. */
  drawArrow(shape: TLArrowShape) {
    return super.component(shape)
  }

  override toSvg(shape: TLArrowShape, ctx: SvgExportContext) {
    const words = currentWords()
    return super.toSvg(
      withRelationWords(shape, (relation) => words.relation(relation)),
      ctx,
    )
  }
}

function RelationArrow({
  util,
  shape,
}: {
  util: RelationArrowShapeUtil
  shape: TLArrowShape
}): ReactElement | null {
  const editor = useEditor()
  const { words } = useT()
  // While someone types on the arrow, tldraw edits its real text, which starts empty.
  const editing = useValue('editing arrow', () => editor.getEditingShapeId() === shape.id, [
    editor,
    shape.id,
  ])
  const shown = editing ? shape : withRelationWords(shape, (relation) => words.relation(relation))
  return (util.drawArrow(shown) as ReactElement | null) ?? null
}
