import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { TLGeoShape, TLShape } from 'tldraw'
import { boardSchema } from '@common-ground/shared'
import { blobOfDataUrl, readTldrFile, TldrImportError, type TldrImportProblem } from './tldrFile'

/** Files written by the real tldraw library at each version (fixtures/README.md). */
const FIXTURES = ['tldraw-2.0.2.tldr', 'tldraw-2.4.6.tldr', 'tldraw-3.15.6.tldr'] as const
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

function problemOf(json: string): TldrImportProblem | 'none' {
  try {
    readTldrFile(boardSchema(), json)
    return 'none'
  } catch (error) {
    if (error instanceof TldrImportError) return error.problem
    throw error
  }
}

describe('reading a .tldr file (SPEC 61, 62)', () => {
  it.each(FIXTURES)('SPEC 61: %s is migrated to this board’s schema', (name) => {
    const content = readTldrFile(boardSchema(), fixture(name))
    const types = content.shapes.map((shape) => shape.type).sort()
    expect(types).toEqual(['arrow', 'frame', 'geo', 'geo', 'image', 'note', 'text'])
    expect(content.bindings).toHaveLength(2)
    // The frame and the loose text sit on the page; the rest are in the frame.
    expect([...content.rootShapeIds].sort()).toEqual(['shape:label', 'shape:stage'])
    const geo = content.shapes.find(
      (shape): shape is TLGeoShape => shape.type === 'geo' && shape.props.geo === 'rectangle',
    )!
    // 2.x wrote `text`; today's geo shapes hold rich text: the migrations ran.
    expect(JSON.stringify(geo.props.richText)).toContain('Gŵyl y pentref')
    expect('text' in geo.props).toBe(false)
    const frame = content.shapes.find((shape) => shape.type === 'frame') as TLShape
    expect((frame.props as { name: string }).name).toMatch(/^Made by tldraw \d/)
    // Every record is valid in today's schema.
    for (const shape of content.shapes) {
      expect(() => boardSchema().types.shape.validate(shape)).not.toThrow()
    }
    expect(content.assets).toHaveLength(1)
    expect(String((content.assets[0]!.props as { src: string }).src)).toMatch(/^data:image\/png/)
  })

  it('SPEC 61: a file from a newer tldraw is refused as too new', () => {
    const file = JSON.parse(fixture('tldraw-3.15.6.tldr')) as {
      tldrawFileFormatVersion: number
      schema: { sequences: Record<string, number> }
    }
    expect(problemOf(JSON.stringify({ ...file, tldrawFileFormatVersion: 2 }))).toBe('tooNew')
    const newerShapes = structuredClone(file)
    newerShapes.schema.sequences['com.tldraw.shape.geo'] = 999
    expect(problemOf(JSON.stringify(newerShapes))).toBe('tooNew')
  })

  it('SPEC 61: not tldraw, damaged or empty files get their own problem', () => {
    expect(problemOf('not json')).toBe('notTldraw')
    expect(problemOf(JSON.stringify({ hello: 'world' }))).toBe('notTldraw')
    const file = JSON.parse(fixture('tldraw-2.4.6.tldr')) as { records: { typeName: string }[] }
    const broken = structuredClone(file)
    const geo = broken.records.find((r) => r.typeName === 'shape') as unknown as {
      props: Record<string, unknown>
    }
    geo.props.w = 'wide'
    expect(problemOf(JSON.stringify(broken))).toBe('invalid')
    const empty = { ...file, records: file.records.filter((r) => r.typeName !== 'shape') }
    expect(problemOf(JSON.stringify(empty))).toBe('empty')
  })

  it('SPEC 62: decodes the data URLs images travel in', async () => {
    const blob = blobOfDataUrl('data:image/png;base64,iVBORw0K')
    expect(blob.type).toBe('image/png')
    expect([...new Uint8Array(await blob.arrayBuffer())].slice(0, 4)).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ])
  })
})
