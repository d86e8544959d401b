import PDFDocument from 'pdfkit'
import type { TLRecord, TLShape, TLShapeId } from '@tldraw/tlschema'
import {
  ASSET_CARD_TYPE,
  languageDirection,
  pageRectOf,
  PERSON_TYPE,
  plainTextOf,
  RATING_SCALE,
  ratingTotalsOf,
  readCoproduction,
  SIX_ELEMENTS_QUESTIONS,
  SIX_ELEMENTS_TYPE,
  TAKES_PART_AS,
  type GroupBalance,
  rectCenter,
  rectContains,
  type CoproductionContents,
  type DomainKey,
  type Rect,
} from '@common-ground/shared'
import { boardBounds, drawingOrder, pictureOf, type PictureItem } from './boardPicture.js'
import { RECORD_FONTS } from './fonts.js'
import type { SessionRecordInput } from './sessionRecordInput.js'

const A4 = { w: 595.28, h: 841.89 }
const MARGIN = 56
const CONTENT_W = A4.w - 2 * MARGIN
/** The tallest a picture is drawn, leaving room for its heading on the same page. */
const PICTURE_MAX_H = 520
const CARD_TYPES = new Set(['note', 'geo', 'text', ASSET_CARD_TYPE, PERSON_TYPE])

/**
 * The session record as an A4 PDF (PROTOCOL.md X7–X13): real text in an embedded font,
 * a bookmark per section, tagged headings and paragraphs, and each frame's picture drawn
 * as vector shapes. Pure: everything it shows is in `input`.
 */
export async function sessionRecordPdf(input: SessionRecordInput): Promise<Buffer> {
  const { words } = input
  const w = (key: string, values?: Record<string, unknown>) =>
    words.translate(key as DomainKey, values)
  const rtl = languageDirection(input.language) === 'rtl'
  const align = rtl ? 'right' : 'left'
  const line = (text: string) => (rtl ? rtlLine(text) : text)
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: input.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: `${input.title} – ${w('record.title')}`, Creator: 'Common Ground' },
    autoFirstPage: true,
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.registerFont('body', RECORD_FONTS.regular)
  doc.registerFont('bold', RECORD_FONTS.bold)
  const root = doc.struct('Document')
  doc.addStructure(root)

  const heading = (text: string, level: 1 | 2, bookmark = true) => {
    if (doc.y > A4.h - MARGIN - 80) doc.addPage()
    if (bookmark) doc.outline.addItem(text)
    doc
      .font('bold')
      .fontSize(level === 1 ? 18 : 13)
      .fillColor('#1d1d1d')
      .text(line(text), { align, structParent: root, structType: `H${level}` })
    doc.moveDown(0.4)
  }
  const paragraph = (text: string, size = 10) => {
    doc.font('body').fontSize(size).fillColor('#1d1d1d').text(line(text), {
      align,
      structParent: root,
      structType: 'P',
    })
  }
  const list = (items: string[]) => {
    if (items.length === 0) return
    doc.font('body').fontSize(10).fillColor('#1d1d1d')
    // A tagged list: L holding one LI per item, as screen readers expect.
    const tagged = doc.struct('L')
    root.add(tagged)
    for (const item of items) {
      doc.text(line(`• ${item}`), { align, structParent: tagged, structType: 'LI' })
    }
    tagged.end()
  }

  const contents = readCoproduction(input.records, words)
  cover(input, doc, heading, paragraph, w)

  // Stages and frames: the whole board first, then each frame in reading order.
  doc.addPage()
  heading(w('record.frames'), 1)
  const frames = drawingOrder(input.records).filter((shape) => shape.type === 'frame')
  const byId = new Map(input.records.map((record) => [record.id, record]))
  const whole = boardBounds(input.records)
  if (whole !== null) {
    heading(w('record.wholeBoard'), 2)
    picture(doc, root, input, whole, w('record.pictureOf', { name: w('record.wholeBoard') }))
  }
  for (const frame of frames) {
    const rect = pageRectOf(byId, frame.id)
    if (rect === null) continue
    const name = String((frame.props as { name?: unknown }).name ?? '') || w('record.untitledFrame')
    doc.addPage()
    heading(name, 2)
    picture(doc, root, input, rect, w('record.pictureOf', { name }))
    doc.moveDown(0.6)
    doc
      .font('bold')
      .fontSize(11)
      .text(w('record.cardsOn'), { align, structParent: root, structType: 'H3' })
    const cards = cardsIn(input.records, byId, rect, frame.id)
    if (cards.length === 0) paragraph(w('record.noCards'))
    list(cards)
  }

  doc.addPage()
  assetRegister(contents, heading, paragraph, list, w)
  peopleAndConnections(contents, heading, paragraph, list, w)
  placements(contents, heading, paragraph, list, w)
  ratings(input, heading, paragraph, w)
  if (input.votes.length > 0) {
    heading(w('record.votes'), 1)
    for (const vote of input.votes) {
      heading(vote.title, 2, false)
      paragraph(w('record.voters', { count: vote.voters }))
      list(
        vote.results.map(({ card, dots, voters }) =>
          voters.length > 0
            ? w('record.voteResultNamed', { card, dots, voters: voters.join(', ') })
            : w('record.voteResult', { card, dots }),
        ),
      )
      doc.moveDown(0.4)
    }
  }
  if (input.voiceBalance !== null) {
    heading(w('record.voiceBalance'), 1)
    paragraph(w('record.voiceBalanceIntro'))
    const groupLines = (groups: readonly GroupBalance[]) =>
      groups.map((group) =>
        w('record.balanceLine', { group: roleWord(w, group.takesPartAs), ...group }),
      )
    list(groupLines(input.voiceBalance.session))
    for (const frame of input.voiceBalance.frames) {
      heading(frame.name || w('record.untitledFrame'), 2, false)
      list(groupLines(frame.groups))
    }
  }
  root.end()
  doc.end()
  return done
}

/**
 * pdfkit lays out an Arabic line as one run, which fontkit shapes and puts in visual
 * order, but drops the spaces between words where it breaks the run. A line short
 * enough not to wrap keeps them as no-break spaces; a longer one wraps with them lost
 * (README "Exports": limits of Arabic in the record).
 */
function rtlLine(text: string): string {
  return text.length <= 70 ? text.replaceAll(' ', '\u00a0') : text
}

type Words = (key: string, values?: Record<string, unknown>) => string
type Heading = (text: string, level: 1 | 2, bookmark?: boolean) => void
type Paragraph = (text: string, size?: number) => void
type List = (items: string[]) => void

function roleWord(w: Words, id: string): string {
  return id === 'not-said' ? w('record.notSaid') : w(`role.${id}`)
}

function cover(
  input: SessionRecordInput,
  doc: PDFKit.PDFDocument,
  heading: Heading,
  paragraph: Paragraph,
  w: Words,
): void {
  const { participation } = input
  doc.moveDown(6)
  doc
    .font('body')
    .fontSize(12)
    .fillColor('#4465e9')
    .text(w('record.title'), {
      align: languageDirection(input.language) === 'rtl' ? 'right' : 'left',
    })
  doc.moveDown(0.3)
  heading(input.title, 1)
  doc.moveDown(1)
  const date = (iso: Date) =>
    new Intl.DateTimeFormat(input.language, { dateStyle: 'long', timeZone: 'UTC' }).format(iso)
  const first = participation.firstSeen === null ? null : new Date(participation.firstSeen)
  const last = participation.lastSeen === null ? null : new Date(participation.lastSeen)
  paragraph(`${w('record.date')}: ${date(first ?? input.createdAt)}`, 12)
  paragraph(
    `${w('record.duration')}: ${
      first === null || last === null
        ? w('record.durationUnknown')
        : w('record.minutes', {
            minutes: Math.max(1, Math.round((last.getTime() - first.getTime()) / 60_000)),
          })
    }`,
    12,
  )
  doc.moveDown(1)
  heading(w('record.tookPart'), 2)
  paragraph(w('record.peopleCount', { count: participation.people }), 12)
  for (const { id } of TAKES_PART_AS) {
    const count = participation.byGroup[id]
    if (count > 0) paragraph(`${roleWord(w, id)}: ${count}`, 12)
  }
  doc.moveDown(2)
  paragraph(w('record.madeOn', { date: date(input.madeAt) }), 9)
}

/** The picture of `area`, scaled to the page width (and at most PICTURE_MAX_H tall). */
function picture(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  input: SessionRecordInput,
  area: Rect,
  alt: string,
): void {
  // Room around the area for the frame names drawn above their frames.
  const pad = Math.max(24, 0.05 * Math.max(area.w, area.h))
  const view = { x: area.x - pad, y: area.y - pad, w: area.w + 2 * pad, h: area.h + 2 * pad }
  const scale = Math.min(CONTENT_W / view.w, PICTURE_MAX_H / view.h)
  const left = MARGIN + (CONTENT_W - view.w * scale) / 2
  const top = doc.y
  const items = pictureOf(input.records, area)
  root.add(
    doc.struct('Figure', { alt }, () => {
      doc.save()
      doc.rect(left, top, view.w * scale, view.h * scale).clip()
      doc.rect(left, top, view.w * scale, view.h * scale).fill('#f9fafb')
      const at = (x: number, y: number) => ({
        x: left + (x - view.x) * scale,
        y: top + (y - view.y) * scale,
      })
      for (const item of items) drawItem(doc, input, item, at, scale)
      doc.restore()
    }),
  )
  doc.x = MARGIN
  doc.y = top + view.h * scale + 8
}

function drawItem(
  doc: PDFKit.PDFDocument,
  input: SessionRecordInput,
  item: PictureItem,
  at: (x: number, y: number) => { x: number; y: number },
  scale: number,
): void {
  const fontSize = Math.max(2, Math.min(14, 18 * scale))
  switch (item.kind) {
    case 'box': {
      const p = at(item.rect.x, item.rect.y)
      const width = item.rect.w * scale
      const height = item.rect.h * scale
      if (item.ellipse) doc.ellipse(p.x + width / 2, p.y + height / 2, width / 2, height / 2)
      else doc.rect(p.x, p.y, width, height)
      doc.lineWidth(Math.max(0.3, 2 * scale))
      if (item.fill !== null) doc.fillAndStroke(item.fill, item.stroke)
      else doc.stroke(item.stroke)
      if (item.text !== '') boxText(doc, item.text, p.x, p.y, width, height, fontSize, '#1d1d1d')
      return
    }
    case 'text': {
      const p = at(item.rect.x, item.rect.y)
      boxText(
        doc,
        item.text,
        p.x,
        p.y,
        item.rect.w * scale,
        item.rect.h * scale * 4,
        fontSize,
        item.color,
      )
      return
    }
    case 'label': {
      const p = at(item.rect.x, item.rect.y)
      if (item.text === '') return
      doc.font('bold').fontSize(Math.max(3, fontSize)).fillColor('#1d1d1d')
      doc.text(item.text, p.x, Math.max(0, p.y - fontSize * 1.3), {
        width: Math.max(20, item.rect.w * scale),
        lineBreak: false,
        ellipsis: true,
        height: fontSize * 1.3,
      })
      return
    }
    case 'arrow': {
      const from = at(item.from.x, item.from.y)
      const to = at(item.to.x, item.to.y)
      doc
        .lineWidth(Math.max(0.4, 2 * scale))
        .moveTo(from.x, from.y)
        .lineTo(to.x, to.y)
        .stroke(item.color)
      const angle = Math.atan2(to.y - from.y, to.x - from.x)
      const head = Math.max(3, 14 * scale)
      doc
        .moveTo(to.x, to.y)
        .lineTo(to.x - head * Math.cos(angle - 0.4), to.y - head * Math.sin(angle - 0.4))
        .lineTo(to.x - head * Math.cos(angle + 0.4), to.y - head * Math.sin(angle + 0.4))
        .closePath()
        .fill(item.color)
      return
    }
    case 'image': {
      const p = at(item.rect.x, item.rect.y)
      const width = item.rect.w * scale
      const height = item.rect.h * scale
      const bytes = item.assetId === null ? undefined : input.images.get(item.assetId)
      if (bytes !== undefined) {
        try {
          doc.image(Buffer.from(bytes), p.x, p.y, { fit: [width, height] })
          return
        } catch {
          // Not a PNG or JPEG pdfkit can read: drawn as the empty box below.
        }
      }
      doc.rect(p.x, p.y, width, height).lineWidth(0.5).stroke('#9fa8b2')
      return
    }
  }
}

function boxText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  height: number,
  size: number,
  color: string,
): void {
  const inset = Math.min(6, width / 10)
  if (width - 2 * inset < 4 || height < size) return
  doc.font('body').fontSize(size).fillColor(color)
  doc.text(text, x + inset, y + inset, {
    width: width - 2 * inset,
    height: height - 2 * inset,
    ellipsis: true,
  })
}

/** The words of the cards whose centre is in `rect` (the frame's own children included). */
function cardsIn(
  records: readonly TLRecord[],
  byId: Map<string, TLRecord>,
  rect: Rect,
  frameId: TLShapeId,
): string[] {
  const cards: string[] = []
  for (const record of records) {
    if (record.typeName !== 'shape' || !CARD_TYPES.has(record.type)) continue
    const shape = record as TLShape
    // Locked shapes are the template's own (instructions, labels), not the session's cards.
    if (shape.isLocked) continue
    const own = pageRectOf(byId, shape.id)
    const inFrame =
      shape.parentId === frameId || (own !== null && rectContains(rect, rectCenter(own)))
    if (!inFrame) continue
    const text = cardText(shape)
    if (text !== '') cards.push(text)
  }
  return cards
}

function cardText(shape: TLShape): string {
  const props = shape.props as Record<string, unknown>
  if (shape.type === ASSET_CARD_TYPE) {
    return [props.title, props.description].filter((part) => part !== '').join(' — ')
  }
  if (shape.type === PERSON_TYPE) return String(props.label ?? '')
  return plainTextOf(props.richText).replace(/\n+/g, ' ').trim()
}

function assetRegister(
  contents: CoproductionContents,
  heading: Heading,
  paragraph: Paragraph,
  list: List,
  w: Words,
): void {
  heading(w('record.assets'), 1)
  if (contents.assets.length === 0) paragraph(w('record.noAssets'))
  list(
    contents.assets.map((asset) =>
      [
        asset.title,
        asset.kindLabel,
        asset.heldBy === '' ? '' : `${w('export.column.heldBy')}: ${asset.heldBy}`,
        asset.description,
      ]
        .filter((part) => part !== '')
        .join(' · '),
    ),
  )
}

function peopleAndConnections(
  contents: CoproductionContents,
  heading: Heading,
  paragraph: Paragraph,
  list: List,
  w: Words,
): void {
  heading(w('record.people'), 1)
  if (contents.people.length === 0) paragraph(w('record.noPeople'))
  list(
    contents.people.map((person) =>
      [person.label, person.takesPartAsLabel, person.organisation]
        .filter((part) => part !== '')
        .join(' · '),
    ),
  )
  heading(w('record.connections'), 2, false)
  if (contents.connections.length === 0) paragraph(w('record.noConnections'))
  list(
    contents.connections.map(
      (connection) =>
        `${connection.fromLabel} → ${connection.toLabel}${
          connection.relationLabel === '' ? '' : ` (${connection.relationLabel})`
        }`,
    ),
  )
  const connected = new Set<string>()
  for (const connection of contents.connections) {
    connected.add(connection.from)
    connected.add(connection.to)
  }
  const isolated = [
    ...contents.people.filter((person) => !connected.has(person.id)).map((person) => person.label),
    ...contents.assets.filter((asset) => !connected.has(asset.id)).map((asset) => asset.title),
  ].filter((label) => label !== '')
  heading(w('record.isolated'), 2, false)
  if (isolated.length === 0) paragraph(w('record.noneIsolated'))
  list(isolated)
}

function placements(
  contents: CoproductionContents,
  heading: Heading,
  paragraph: Paragraph,
  list: List,
  w: Words,
): void {
  heading(w('record.placements'), 1)
  const placed = [
    ...contents.assets.map((asset) => ({ label: asset.title, ...asset })),
    ...contents.people,
  ].filter((entry) => entry.gridCell !== null || entry.ladderRung !== null)
  if (placed.length === 0) paragraph(w('record.noPlacements'))
  list(
    placed.map((entry) =>
      [
        entry.label,
        entry.gridCell === null
          ? ''
          : `${w('export.column.gridCell')}: ${w(`grid.cell.${entry.gridCell}`)}`,
        entry.ladderRung === null
          ? ''
          : `${w('export.column.ladderRung')}: ${w(`ladder.rung.${entry.ladderRung}`)}`,
      ]
        .filter((part) => part !== '')
        .join(' · '),
    ),
  )
}

function ratings(
  input: SessionRecordInput,
  heading: Heading,
  paragraph: Paragraph,
  w: Words,
): void {
  heading(w('record.ratings'), 1)
  const checks = input.records.filter(
    (record): record is TLShape => record.typeName === 'shape' && record.type === SIX_ELEMENTS_TYPE,
  )
  let any = false
  for (const check of checks) {
    const summary = ratingTotalsOf(input.records, check.id)
    if (summary.raters === 0) continue
    any = true
    const label = String((check.props as { label?: unknown }).label ?? '')
    heading(label === '' ? w('sixElements.title') : label, 2, false)
    paragraph(w('record.raters', { count: summary.raters }))
    for (const question of SIX_ELEMENTS_QUESTIONS) {
      const counts = summary.distribution[question.id]
      paragraph(
        `${w(`sixElements.${question.id}.title`)}: ${RATING_SCALE.map(
          ({ value }) => `${w(`rating.${value}`)} ${counts[value]}`,
        ).join(' · ')}`,
      )
    }
  }
  if (!any) paragraph(w('record.noRatings'))
}
