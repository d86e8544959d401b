import {
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type TLPageId,
  type TLParentId,
  type TLRecord,
  type TLShape,
  type TLShapeId,
} from '@tldraw/tlschema'
import { domainWords, type DomainWords } from '../i18n/domainWords.js'
import { DEFAULT_LANGUAGE, type LanguageId } from '../i18n/languages.js'
import { SECTIONS, type Section } from './sections.js'
import { frameShape, siblingIndex, textShape } from './shapeRecords.js'
import type { TemplateId } from './templateList.js'
import { templateSessionRecord } from './templateSession.js'

/** tldraw's default page: what a fresh store's integrity check adds. */
export const DEFAULT_PAGE_ID = 'page:page' as TLPageId

export interface TemplateOptions {
  /**
   * Put before every shape id (after `shape:`), so a template can be added to a board
   * that already has one; default none. Ids are otherwise fixed, e.g.
   * `shape:coproduction-grid.grid`.
   */
  idPrefix?: string
  /** Page position of the template's top-left corner; default 0, 0. */
  x?: number
  y?: number
  /** Default the board's page, `page:page`. */
  parentId?: TLParentId
  /** Index of the first frame among the parent's children; default `a1`. */
  firstIndex?: number
  /** The language of the frames' names, instructions and labels; default English. */
  language?: LanguageId
}

const PADDING = 60
const INSTRUCTIONS_HEIGHT = 200
const GAP_BETWEEN_FRAMES = 240

/**
 * The shapes of a template: one locked frame per activity, each with short instructions
 * at the top and the activity's locked shapes below. `full-workshop` lays every activity
 * out left to right, numbered. Every record passes `checkBoardRecord` with the board
 * schema (tested), so the server can write them into a new board.
 */
export function buildTemplateRecords(
  templateId: TemplateId,
  options: TemplateOptions = {},
): TLShape[] {
  const sections =
    templateId === 'full-workshop' ? SECTIONS : SECTIONS.filter((s) => s.id === templateId)
  const numbered = sections.length > 1
  const words = domainWords(options.language ?? DEFAULT_LANGUAGE)
  let x = options.x ?? 0
  return sections.flatMap((section, i) => {
    const name = words.translate(`section.${section.id}.name`)
    const shapes = sectionRecords(section, {
      idPrefix: options.idPrefix ?? '',
      parentId: options.parentId ?? DEFAULT_PAGE_ID,
      index: (options.firstIndex ?? 0) + i,
      x,
      y: options.y ?? 0,
      name: numbered ? `${i + 1}. ${name}` : name,
      words,
    })
    x += section.width + 2 * PADDING + GAP_BETWEEN_FRAMES
    return shapes
  })
}

function sectionRecords(
  section: Section,
  at: {
    idPrefix: string
    parentId: TLParentId
    index: number
    x: number
    y: number
    name: string
    words: DomainWords
  },
): TLShape[] {
  const id = (part: string) => `shape:${at.idPrefix}${section.id}.${part}` as TLShapeId
  const frameId = id('frame')
  const contentY = PADDING + INSTRUCTIONS_HEIGHT
  const frame = frameShape(
    { id: frameId, parentId: at.parentId, index: siblingIndex(at.index), x: at.x, y: at.y },
    section.width + 2 * PADDING,
    contentY + section.height + PADDING,
    at.name,
  )
  const instructions = textShape(
    { id: id('instructions'), parentId: frameId, index: siblingIndex(1), x: PADDING, y: PADDING },
    section.width,
    at.words.translate(`section.${section.id}.instructions`),
  )
  return [
    frame,
    instructions,
    ...section.content({ frameId, x: PADDING, y: contentY, id, words: at.words }),
  ]
}

/**
 * Every record of a new board made from a template: tldraw's document and default page
 * (exactly as a fresh client store creates them, so a client opening the board has
 * nothing to add), the template's shapes and its session, a stage per frame (R85).
 */
export function buildTemplateBoard(
  templateId: TemplateId,
  language: LanguageId = DEFAULT_LANGUAGE,
): TLRecord[] {
  const shapes = buildTemplateRecords(templateId, { language })
  return [
    DocumentRecordType.create({ id: TLDOCUMENT_ID, name: '' }),
    PageRecordType.create({
      id: DEFAULT_PAGE_ID,
      name: 'Page 1',
      index: siblingIndex(0),
      meta: {},
    }),
    ...shapes,
    templateSessionRecord(shapes, DEFAULT_PAGE_ID),
  ]
}
