import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  apiPaths,
  createBoardSchema,
  gridLayout,
  TEMPLATE_IDS,
  type ApiError,
  type BoardExport,
  type BoardId,
  type ExportFile,
  type TemplatesResponse,
  Y_MOTION,
} from '@common-ground/shared'
import { YKeyValue } from 'y-utility/y-keyvalue'
import { encodeCsv } from '../export/csv.js'
import { bearer, createBoard, openProvider, startTestServer } from '../serverTestkit.testkit.js'

const exportOf = (url: string, id: BoardId, file: ExportFile, token?: string) =>
  fetch(url + apiPaths.boardExport(id, file), { headers: bearer(token) })

/** The body as text, BOM included (`Response.text()` drops it). */
async function bodyText(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
}

/** Parses what `encodeCsv` writes (quoted fields, CRLF rows, BOM), enough for these tests. */
async function parseCsv(response: Response): Promise<string[][]> {
  const text = await bodyText(response)
  expect(text.startsWith('\uFEFF')).toBe(true)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.slice(1)
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}

const shape = (id: string, type: string, x: number, y: number, props: object) => ({
  id: `shape:${id}`,
  typeName: 'shape',
  type,
  x,
  y,
  rotation: 0,
  index: 'a5',
  parentId: 'page:page',
  isLocked: false,
  opacity: 1,
  meta: {},
  props,
})

const arrowBinding = (arrow: string, terminal: 'start' | 'end', to: string) => ({
  id: `binding:${arrow}-${terminal}`,
  typeName: 'binding',
  type: 'arrow',
  fromId: `shape:${arrow}`,
  toId: `shape:${to}`,
  meta: {},
  props: {
    terminal,
    normalizedAnchor: { x: 0.5, y: 0.5 },
    isExact: false,
    isPrecise: false,
    snap: 'none',
  },
})

describe('GET /api/templates', () => {
  it('lists every template with a title and a description', async () => {
    const server = await startTestServer()
    const body = (await (await fetch(server.url + apiPaths.templates)).json()) as TemplatesResponse
    expect(body.templates.map((t) => t.id)).toEqual(TEMPLATE_IDS)
    for (const t of body.templates) expect(t.title.length * t.description.length).toBeGreaterThan(0)
  })
})

describe('POST /api/boards with a template', () => {
  it('starts the board with the template’s records and the board schema', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Workshop', 'full-workshop')
    const response = await exportOf(server.url, board.id, 'board.json', board.tokens.observer)
    expect(response.status).toBe(200)
    const body = (await response.json()) as BoardExport
    expect(body.schema).toEqual(createBoardSchema().serialize())
    const types = Object.values(body.records).map((r) => (r as { type?: string }).type)
    for (const type of ['cg-grid', 'cg-ladder', 'cg-six-elements', 'frame'])
      expect(types).toContain(type)
    expect(Object.keys(body.records)).toContain('page:page')
  })

  it('writes the template in the language of the person creating the board', async () => {
    const server = await startTestServer()
    const frameOf = async (language?: string) => {
      const board = await createBoard(server.url, 'Workshop', 'network-map', language)
      const response = await exportOf(server.url, board.id, 'board.json', board.tokens.observer)
      const { records } = (await response.json()) as BoardExport
      const text = (id: string) => JSON.stringify(records[id])
      return {
        frame: text('shape:network-map.frame'),
        ring: text('shape:network-map.ring-me-label'),
      }
    }
    const english = await frameOf()
    expect(english.frame).toContain('"name":"Our network"')
    expect(english.ring).toContain('"text":"Me"')
    const welsh = await frameOf('cy')
    expect(welsh.frame).toContain('"name":"Ein rhwydwaith"')
    expect(welsh.ring).toContain('"text":"Fi"')
    expect((await frameOf('ar')).frame).toContain('"name":"شبكتنا"')
  })

  it('refuses an unknown template with the valid ids, and creates no board', async () => {
    const server = await startTestServer()
    const response = await fetch(server.url + apiPaths.boards, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x', template: 'kanban' }),
    })
    expect(response.status).toBe(400)
    const error = (await response.json()) as ApiError
    expect(error.error).toBe('bad_template')
    for (const id of TEMPLATE_IDS) expect(error.message).toContain(id)
    expect(await server.store.log.listLogs()).toEqual([])
  })

  it('a template board opens to a client, which reads its records', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Grid', 'coproduction-grid')
    const client = openProvider(server.url, board.id, { token: board.tokens.participant })
    await vi.waitFor(() => expect(client.records.get('shape:coproduction-grid.grid')).toBeDefined())
  })
})

describe('GET /api/boards/:id/export/:file', () => {
  async function boardWithContent() {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Youth: services/2025', 'coproduction-grid')
    const writer = openProvider(server.url, board.id, { token: board.tokens.participant })
    await vi.waitFor(() => expect(writer.provider.synced).toBe(true))
    const grid = writer.records.get('shape:coproduction-grid.grid') as unknown as {
      x: number
      y: number
      props: { w: number; h: number }
    }
    const frame = writer.records.get('shape:coproduction-grid.frame') as unknown as {
      x: number
      y: number
    }
    const cell = gridLayout(grid.props).cells.find((c) => c.cell.id === 'self-organised')!.rect
    const cx = frame.x + grid.x + cell.x + cell.w / 2
    const cy = frame.y + grid.y + cell.y + cell.h / 2
    const records = [
      shape('amira', 'cg-person', -900, 0, {
        w: 180,
        h: 110,
        label: 'Amira, "Ami"',
        takesPartAs: 'family-carer',
        organisation: 'Parents’ group',
        participantId: null,
      }),
      shape('garden', 'cg-asset', cx - 110, cy - 70, {
        w: 220,
        h: 140,
        title: '=HYPERLINK("http://evil")',
        description: 'Two beds,\nnext to the school',
        kind: 'place',
        heldBy: 'A.',
        heldByPersonId: 'shape:amira',
        addedBy: 'Jo',
      }),
      {
        ...shape('link', 'arrow', 0, 0, {
          kind: 'arc',
          labelColor: 'black',
          color: 'black',
          fill: 'none',
          dash: 'draw',
          size: 'm',
          arrowheadStart: 'none',
          arrowheadEnd: 'arrow',
          font: 'draw',
          start: { x: 0, y: 0 },
          end: { x: 100, y: 0 },
          bend: 0,
          richText: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'supports' }] }],
          },
          labelPosition: 0.5,
          scale: 1,
          elbowMidPoint: 0.5,
        }),
        meta: { relation: 'supports' },
      },
      arrowBinding('link', 'start', 'amira'),
      arrowBinding('link', 'end', 'garden'),
    ]
    writer.doc.transact(() => {
      for (const record of records) writer.records.set(record.id, record as never)
    })
    // Stored once the room is idle and has the records (R3: stored before applied).
    await vi.waitFor(async () => {
      await server.rooms.idle()
      const body = (await (
        await exportOf(server.url, board.id, 'board.json', board.tokens.observer)
      ).json()) as BoardExport
      expect(Object.keys(body.records)).toContain('binding:link-end')
    })
    return { server, board, writer }
  }

  it('answers assets, people and connections with Kumu’s columns, from the live board', async () => {
    const { server, board } = await boardWithContent()
    const token = board.tokens.observer
    const assets = await exportOf(server.url, board.id, 'assets.csv', token)
    expect(assets.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(assets.headers.get('content-disposition')).toBe(
      `attachment; filename="Youth-services-2025-${board.id}-assets.csv"; ` +
        `filename*=UTF-8''Youth-services-2025-${board.id}-assets.csv`,
    )
    expect(await parseCsv(assets)).toEqual([
      ['Label', 'Type', 'Description', 'Kind', 'Held by', 'Added by', 'Grid cell', 'Ladder rung'],
      [
        `'=HYPERLINK("http://evil")`,
        'Asset',
        'Two beds,\nnext to the school',
        'Place',
        'Amira, "Ami"',
        'Jo',
        'Self-organised community provision',
        '',
      ],
    ])
    const people = await exportOf(server.url, board.id, 'people.csv', token)
    expect(await parseCsv(people)).toEqual([
      ['Label', 'Type', 'Description', 'Takes part as', 'Organisation', 'Grid cell', 'Ladder rung'],
      ['Amira, "Ami"', 'Person', '', 'Family member or carer', 'Parents’ group', '', ''],
    ])
    const connections = await exportOf(server.url, board.id, 'connections.csv', token)
    expect(await parseCsv(connections)).toEqual([
      ['From', 'To', 'Type'],
      ['Amira, "Ami"', `'=HYPERLINK("http://evil")`, 'supports'],
    ])
  })

  it('writes the words of the CSVs in the language asked for, Kumu’s own columns in English', async () => {
    const { server, board } = await boardWithContent()
    const token = board.tokens.observer
    const csv = async (file: ExportFile, lang: string) =>
      parseCsv(
        await fetch(`${server.url}${apiPaths.boardExport(board.id, file)}?lang=${lang}`, {
          headers: bearer(token),
        }),
      )
    expect(await csv('assets.csv', 'cy')).toEqual([
      [
        'Label',
        'Type',
        'Description',
        'Math',
        'Gan bwy',
        'Ychwanegwyd gan',
        'Sgwâr y grid',
        'Gris yr ysgol',
      ],
      [
        `'=HYPERLINK("http://evil")`,
        'Ased',
        'Two beds,\nnext to the school',
        'Lle',
        'Amira, "Ami"',
        'Jo',
        'Darpariaeth gymunedol hunan-drefnus',
        '',
      ],
    ])
    expect((await csv('people.csv', 'ar'))[1]).toEqual([
      'Amira, "Ami"',
      'شخص',
      '',
      'فرد من العائلة أو مقدّم رعاية',
      'Parents’ group',
      '',
      '',
    ])
    expect(await csv('connections.csv', 'cy')).toEqual([
      ['From', 'To', 'Type'],
      ['Amira, "Ami"', `'=HYPERLINK("http://evil")`, 'yn cefnogi'],
    ])
    // An unknown language is English, not an error.
    expect((await csv('connections.csv', 'xx'))[1]?.[2]).toBe('supports')
  })

  it('X7: record.pdf is the session record, with the board’s cards as text', async () => {
    const { server, board } = await boardWithContent()
    const response = await exportOf(server.url, board.id, 'record.pdf', board.tokens.observer)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toContain(`${board.id}-record.pdf`)
    const pdf = Buffer.from(await response.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    if (!existsSync('/usr/bin/pdftotext')) return
    const dir = mkdtempSync(join(tmpdir(), 'cg-export-'))
    writeFileSync(join(dir, 'record.pdf'), pdf)
    const text = execFileSync('pdftotext', [join(dir, 'record.pdf'), '-'], { encoding: 'utf8' })
    expect(text).toContain('Youth: services/2025')
    expect(text).toContain('Self-organised community provision')
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Amira, "Ami" → =HYPERLINK("http://evil") (supports)',
    )
  })

  it('X14: a third record asked for while two are being made answers 503, then works', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let waiting = 0
    const server = await startTestServer({
      recordSources: {
        // Holds each record at its votes until the test lets go.
        votes: async () => {
          waiting += 1
          await held
          return []
        },
      },
    })
    const board = await createBoard(server.url, 'Busy')
    const token = board.tokens.observer
    const first = exportOf(server.url, board.id, 'record.pdf', token)
    const second = exportOf(server.url, board.id, 'record.pdf', token)
    await vi.waitFor(() => expect(waiting).toBe(2))
    const third = await exportOf(server.url, board.id, 'record.pdf', token)
    expect(third.status).toBe(503)
    expect(((await third.json()) as ApiError).error).toBe('record_busy')
    release()
    expect((await first).status).toBe(200)
    expect((await second).status).toBe(200)
    expect((await exportOf(server.url, board.id, 'record.pdf', token)).status).toBe(200)
  })

  it('X5: ratings.csv has a row per question of each check, counts per answer', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Check', 'six-elements')
    const rows = await parseCsv(
      await exportOf(server.url, board.id, 'ratings.csv', board.tokens.observer),
    )
    expect(rows[0]).toEqual([
      'Check',
      'Question',
      '0 Not at all',
      '1 A little',
      '2 Partly',
      '3 Mostly',
      '4 Fully',
      'People who rated',
    ])
    expect(rows).toHaveLength(7)
    expect(rows[3]).toEqual([
      'Is your service co-produced?',
      'Developing mutuality',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ])
  })

  it('X6: votes.csv has its header alone while no vote is revealed', async () => {
    // Revealed votes' rows are checked with real votes in voting/sessionSecrecy.test.ts.
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Votes')
    expect(
      await parseCsv(await exportOf(server.url, board.id, 'votes.csv', board.tokens.observer)),
    ).toEqual([['Vote', 'Card', 'Dots', 'Voters']])
  })

  it('puts a shape someone is moving where its motion entry says', async () => {
    const { server, board, writer } = await boardWithContent()
    const motion = new YKeyValue<unknown>(writer.doc.getArray(Y_MOTION))
    motion.set('shape:garden', { x: -3000, y: -3000, rotation: 0 })
    await vi.waitFor(async () => {
      await server.rooms.idle()
      const body = (await (
        await exportOf(server.url, board.id, 'board.json', board.tokens.observer)
      ).json()) as BoardExport
      expect(body.records['shape:garden']).toMatchObject({ x: -3000, y: -3000 })
    })
    const assets = await parseCsv(
      await exportOf(server.url, board.id, 'assets.csv', board.tokens.observer),
    )
    // Dragged out of its grid cell, so no cell any more.
    expect(assets[1]?.[6]).toBe('')
  })

  it('reads the same after the room has unloaded, from the store alone', async () => {
    const { server, board } = await boardWithContent()
    const read = () => exportOf(server.url, board.id, 'assets.csv', board.tokens.facilitator)
    const before = await bodyText(await read())
    await server.rooms.closeAll()
    expect(server.rooms.roomCount).toBe(0)
    const after = await read()
    expect(await bodyText(after.clone())).toBe(before)
    expect(await parseCsv(after)).toHaveLength(2)
  })

  it('needs a valid link for the board, accepts the session cookie, and knows its files', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Empty')
    expect((await exportOf(server.url, board.id, 'assets.csv')).status).toBe(401)
    expect((await exportOf(server.url, board.id, 'assets.csv', 'x'.repeat(43))).status).toBe(401)
    const session = await fetch(server.url + apiPaths.session(board.id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: board.tokens.participant }),
    })
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!
    const empty = await fetch(server.url + apiPaths.boardExport(board.id, 'people.csv'), {
      headers: { Cookie: cookie },
    })
    expect(empty.status).toBe(200)
    expect(await bodyText(empty)).toBe(
      encodeCsv([
        [
          'Label',
          'Type',
          'Description',
          'Takes part as',
          'Organisation',
          'Grid cell',
          'Ladder rung',
        ],
      ]),
    )
    const unknown = await exportOf(
      server.url,
      board.id,
      'secrets.csv' as ExportFile,
      board.tokens.observer,
    )
    expect(unknown.status).toBe(404)
  })
})
