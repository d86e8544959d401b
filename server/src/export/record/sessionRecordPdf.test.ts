import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TLRecord, TLShapeId } from '@tldraw/tlschema'
import {
  buildTemplateBoard,
  domainWords,
  emptyByGroup,
  emptyGroups,
  emptyRatingSummary,
  RATING_TOTALS_TYPE,
  shapeRecord,
  ratingTotalsShapeId,
  SIX_ELEMENTS_TYPE,
  type LanguageId,
} from '@common-ground/shared'
import { sessionRecordPdf } from './sessionRecordPdf.js'
import type { SessionRecordInput } from './sessionRecordInput.js'

const HAS_POPPLER = existsSync('/usr/bin/pdftotext')

const place = (name: string, x: number, y: number) => ({
  id: `shape:${name}` as TLShapeId,
  parentId: 'page:page' as never,
  index: 'a1' as never,
  x,
  y,
})
const person = (name: string, x: number, y: number) =>
  shapeRecord(place(name, x, y), 'cg-person', {
    w: 180,
    h: 110,
    label: name,
    takesPartAs: 'community',
    organisation: '',
    participantId: null,
  } as never) as TLRecord
const asset = (name: string, x: number, y: number) =>
  shapeRecord(place(name, x, y), 'cg-asset', {
    w: 220,
    h: 140,
    title: name,
    description: '',
    kind: 'place',
    heldBy: '',
    heldByPersonId: null,
    addedBy: '',
  } as never) as TLRecord
const arrow = (name: string, relation: string) =>
  ({
    ...shapeRecord(place(name, 0, 0), 'arrow', {} as never),
    meta: { relation },
  }) as TLRecord
const binding = (arrowName: string, terminal: 'start' | 'end', to: string) =>
  ({
    id: `binding:${arrowName}-${terminal}`,
    typeName: 'binding',
    type: 'arrow',
    fromId: `shape:${arrowName}`,
    toId: `shape:${to}`,
    meta: {},
    props: {
      terminal,
      normalizedAnchor: { x: 0.5, y: 0.5 },
      isExact: false,
      isPrecise: false,
      snap: 'none',
    },
  }) as unknown as TLRecord

/** A full-workshop board with people, assets, a connection, and one check rated by three. */
function workshopRecords(): TLRecord[] {
  const records = buildTemplateBoard('full-workshop')
  const check = records.find(
    (record) => record.typeName === 'shape' && record.type === SIX_ELEMENTS_TYPE,
  )!
  const totals = emptyRatingSummary()
  totals.raters = 3
  totals.distribution.mutuality = [0, 1, 0, 2, 0]
  return [
    ...records,
    person('Siân Llŷr', 100, 400),
    person('Alone', 900, 400),
    asset('Gŵyl y pentref', 400, 400),
    arrow('link', 'supports'),
    binding('link', 'start', 'Siân Llŷr'),
    binding('link', 'end', 'Gŵyl y pentref'),
    {
      ...(check as object),
      id: ratingTotalsShapeId(check.id as TLShapeId),
      type: RATING_TOTALS_TYPE,
      parentId: check.id,
      index: 'a0',
      props: totals,
    } as TLRecord,
  ]
}

function input(overrides: Partial<SessionRecordInput> = {}): SessionRecordInput {
  const language: LanguageId = overrides.language ?? 'en'
  return {
    title: 'Gŵyl Llŷn 2026',
    language,
    words: domainWords(language),
    createdAt: new Date('2026-11-30T09:00:00Z'),
    madeAt: new Date('2026-11-30T12:00:00Z'),
    participation: {
      people: 5,
      byGroup: { ...emptyByGroup(), professional: 2, 'service-user': 3 },
      firstSeen: '2026-11-30T10:00:00Z',
      lastSeen: '2026-11-30T11:30:00Z',
    },
    records: workshopRecords(),
    images: new Map(),
    votes: [],
    voiceBalance: null,
    ...overrides,
  }
}

function pdfText(pdf: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'cg-record-'))
  const file = join(dir, 'record.pdf')
  writeFileSync(file, pdf)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) }
}

describe('the session record (X7–X13)', () => {
  it('is an A4 PDF with real text', async () => {
    const pdf = await sessionRecordPdf(input())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.includes('/MediaBox [0 0 595.28 841.89]')).toBe(true)
  })

  it.skipIf(!HAS_POPPLER)(
    'X8–X11: cover, frames with their cards, assets, people, isolated, placements, ratings',
    async () => {
      const { text, pages } = pdfText(await sessionRecordPdf(input()))
      const flat = text.replace(/\s+/g, ' ')
      expect(flat).toContain('Session record')
      expect(flat).toContain('Gŵyl Llŷn 2026')
      expect(flat).toContain('Duration: 90 min')
      expect(flat).toContain('People: 5')
      expect(flat).toContain('Professional: 2')
      expect(flat).toContain('Person using services: 3')
      expect(flat).toContain('The whole board')
      expect(flat).toContain('1. Our assets')
      expect(flat).toMatch(/Cards on this frame • Siân Llŷr/)
      expect(flat).toContain('Asset register')
      expect(flat).toContain('Siân Llŷr → Gŵyl y pentref (supports)')
      expect(flat).toMatch(/Not connected to anyone or anything • Alone/)
      expect(flat).toContain('People who rated: 3')
      expect(flat).toContain(
        'Developing mutuality: Not at all 0 · A little 1 · Partly 0 · Mostly 2',
      )
      expect(flat).not.toContain('Vote results')
      expect(flat).not.toContain('Voice balance')
      expect(pages).toBeGreaterThan(5)
    },
  )

  it.skipIf(!HAS_POPPLER)('X12: votes and voice balance when their data exists', async () => {
    const { text } = pdfText(
      await sessionRecordPdf(
        input({
          votes: [
            {
              title: 'Which idea first?',
              voters: 5,
              results: [
                { card: 'Garden', dots: 4, voters: [] },
                { card: 'Café', dots: 1, voters: [] },
              ],
            },
          ],
          voiceBalance: {
            session: emptyGroups().map((group) =>
              group.takesPartAs === 'professional'
                ? { ...group, people: 2, cards: 3, changes: 4 }
                : group.takesPartAs === 'service-user'
                  ? { ...group, people: 1, cards: 1 }
                  : group,
            ),
            frames: [],
          },
        }),
      ),
    )
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain('Vote results')
    expect(flat).toContain('Which idea first?')
    expect(flat).toContain('Garden: 4 dots')
    expect(flat).toContain('Voice balance')
    expect(flat).toContain('Professional: 2 people; 3 cards, 4 changes')
    expect(flat).toContain('Person using services: 1 people; 1 cards')
  })

  it.skipIf(!HAS_POPPLER)('X13: Welsh and Arabic words come out as text', async () => {
    const welsh = pdfText(await sessionRecordPdf(input({ language: 'cy' }))).text
    expect(welsh).toContain('Cofnod y sesiwn')
    expect(welsh).toContain('Cofrestr asedau')
    const arabic = pdfText(await sessionRecordPdf(input({ language: 'ar' }))).text
    // Arabic is shaped by the font; pdftotext gives back the letters of the heading.
    expect(arabic.replace(/\s+/g, '')).toMatch(/سجل|لجس/)
  })
})
