import {
  isRelationId,
  plainTextOf,
  RELATION_META_KEY,
  type RelationId,
} from '@common-ground/shared'
import {
  ArrowShapeUtil,
  getArrowInfo,
  getDisplayValues,
  toRichText,
  useEditor,
  useValue,
  Vec,
  type Editor,
  type SvgExportContext,
  type TLArrowShape,
  type VecLike,
} from 'tldraw'
import type { ReactElement } from 'react'
import { currentWords } from '../i18n/translate'
import { useT } from '../i18n/useT'
import './relationArrow.css'

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
  const relation = shape.meta[RELATION_META_KEY]
  const drawn = (util.drawArrow(shape) as ReactElement | null) ?? null
  if (editing || !isRelationId(relation) || plainTextOf(shape.props.richText).trim() !== '') {
    return drawn
  }
  // tldraw sizes an arrow's label from the stored record (its label-size cache is keyed by
  // shape id), where a relation's text is empty: its box fits one letter, and our words
  // broke between letters. So tldraw draws the bare arrow and we draw the words, whole.
  const middle = labelPoint(editor, shape)
  if (!middle) return drawn
  const dv = getDisplayValues(util, shape)
  return (
    <>
      {drawn}
      <div
        className="cg-relation-label"
        style={{
          transform: `translate(${middle.x}px, ${middle.y}px) translate(-50%, -50%) scale(${shape.props.scale})`,
          fontFamily: dv.labelFontFamily,
          fontSize: dv.labelFontSize,
          lineHeight: dv.labelLineHeight,
          color: dv.labelColor,
          padding: dv.labelPadding,
          borderRadius: dv.labelBorderRadius,
        }}
      >
        {words.relation(relation)}
      </div>
    </>
  )
}

/** Where tldraw puts a label at the arrow's middle, in the arrow's own space. */
function labelPoint(editor: Editor, shape: TLArrowShape): VecLike | null {
  const info = getArrowInfo(editor, shape)
  if (!info?.isValid) return null
  if (info.type !== 'elbow') return info.middle
  return halfwayAlong(info.route.points)
}

function halfwayAlong(points: readonly VecLike[]): VecLike | null {
  if (points.length === 0) return null
  const lengths = points.slice(1).map((point, i) => Vec.Dist(points[i]!, point))
  let left = lengths.reduce((sum, length) => sum + length, 0) / 2
  for (let i = 0; i < lengths.length; i++) {
    if (left <= lengths[i]! && lengths[i]! > 0)
      return Vec.Lrp(points[i]!, points[i + 1]!, left / lengths[i]!)
    left -= lengths[i]!
  }
  return points[points.length - 1]!
}
