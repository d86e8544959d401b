import {
  apiPaths,
  boardSchema,
  checkBoardRecord,
  tokenFromHash,
  type BoardId,
} from '@common-ground/shared'
import { connectClient } from '../clients'
import { startServer } from '../servers'
import { median, waitFor } from '../stats'

export const RECORD_CARDS = 500
const PEOPLE = 40
const ARROWS = 120

export interface RecordResult {
  cards: number
  bytes: number
  ms: number[]
  medianMs: number
}

interface FrameLike {
  id: string
  type: string
  x: number
  y: number
  props: { w: number; h: number }
}

/**
 * Time to make the session record (`record.pdf`, PROTOCOL.md X7) of a full-workshop board
 * with RECORD_CARDS asset cards and notes spread over its frames, PEOPLE people and
 * ARROWS connections: from the request to the last byte, `reps` times on one board.
 */
export async function runRecord(reps: number): Promise<RecordResult> {
  const server = await startServer('ours')
  try {
    const response = await fetch(server.url + apiPaths.boards, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Bench – Gŵyl y cwm', template: 'full-workshop' }),
    })
    const board = (await response.json()) as { id: BoardId; links: Record<string, string> }
    const token = tokenFromHash(new URL(board.links.facilitator ?? '').hash) ?? ''
    const room = { name: board.id, token }
    const writer = connectClient(server, room)
    await writer.synced
    const frames = [...writer.records.map.values()]
      .map((entry) => (entry as { val: unknown }).val as FrameLike)
      .filter((record) => record.type === 'frame')
    const records = boardCards(frames)
    const schema = boardSchema()
    for (const record of records) {
      const checked = checkBoardRecord(schema, String(record.id), record)
      if (!checked.ok) throw new Error(`bench record ${String(record.id)}: ${checked.reason}`)
    }
    writer.doc.transact(() => {
      for (const record of records) writer.records.set(String(record.id), record)
    })
    const reader = connectClient(server, room)
    await reader.synced
    await waitFor(
      () => reader.records.map.size >= frames.length + records.length,
      60_000,
      'the cards reach a reader (stored by the server)',
    )
    reader.destroy()
    writer.destroy()

    const ms: number[] = []
    let bytes = 0
    for (let i = 0; i < reps; i++) {
      const started = performance.now()
      const pdf = await fetch(server.url + apiPaths.boardExport(board.id, 'record.pdf'), {
        headers: { Authorization: `Bearer ${token}` },
      })
      if (pdf.status !== 200) throw new Error(`record.pdf answered ${pdf.status}`)
      bytes = (await pdf.arrayBuffer()).byteLength
      ms.push(performance.now() - started)
    }
    return { cards: RECORD_CARDS, bytes, ms, medianMs: median(ms) }
  } finally {
    await server.stop()
  }
}

/** A fractional index key for sibling `n` (never ending in 0, which tldraw refuses). */
function indexKey(n: number): string {
  return `a1${String(n).padStart(5, '0')}V`
}

/** Asset cards and notes laid out in a grid inside each frame in turn, people, and arrows. */
function boardCards(frames: readonly FrameLike[]): Record<string, unknown>[] {
  const base = {
    typeName: 'shape',
    rotation: 0,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
  }
  const at = (i: number) => {
    const frame = frames[i % frames.length]!
    const slot = Math.floor(i / frames.length)
    const columns = Math.max(1, Math.floor(frame.props.w / 240))
    return {
      x: frame.x + 20 + (slot % columns) * 240,
      y: frame.y + 300 + Math.floor(slot / columns) * 160,
    }
  }
  const records: Record<string, unknown>[] = []
  for (let i = 0; i < RECORD_CARDS; i++) {
    const index = indexKey(1000 + i)
    if (i % 2 === 0) {
      records.push({
        ...base,
        ...at(i),
        id: `shape:card${i}`,
        type: 'cg-asset',
        index,
        props: {
          w: 220,
          h: 140,
          title: `Asset ${i}: ŵyr a wyrion`,
          description: 'Two beds next to the school, open on Saturdays',
          kind: 'place',
          heldBy: `Person ${i % PEOPLE}`,
          heldByPersonId: null,
          addedBy: 'Bench',
        },
      })
    } else {
      records.push({
        ...base,
        ...at(i),
        id: `shape:card${i}`,
        type: 'note',
        index,
        props: {
          color: 'yellow',
          labelColor: 'black',
          size: 'm',
          font: 'draw',
          fontSizeAdjustment: 0,
          align: 'middle',
          verticalAlign: 'middle',
          growY: 0,
          url: '',
          scale: 1,
          textLastEditedBy: '',
          richText: {
            type: 'doc',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: `Idea ${i} from the café` }] },
            ],
          },
        },
      })
    }
  }
  for (let p = 0; p < PEOPLE; p++) {
    records.push({
      ...base,
      ...at(RECORD_CARDS + p),
      id: `shape:person${p}`,
      type: 'cg-person',
      index: indexKey(5000 + p),
      props: {
        w: 180,
        h: 110,
        label: `Person ${p}`,
        takesPartAs: 'community',
        organisation: '',
        participantId: null,
      },
    })
  }
  for (let a = 0; a < ARROWS; a++) {
    const id = `shape:arrow${a}`
    records.push({
      ...base,
      x: 0,
      y: 0,
      id,
      type: 'arrow',
      index: indexKey(6000 + a),
      props: {
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
        richText: { type: 'doc', content: [{ type: 'paragraph' }] },
        labelPosition: 0.5,
        scale: 1,
        elbowMidPoint: 0.5,
      },
    })
    for (const [terminal, to] of [
      ['start', `shape:person${a % PEOPLE}`],
      ['end', `shape:card${(a * 2) % RECORD_CARDS}`],
    ] as const) {
      records.push({
        id: `binding:arrow${a}-${terminal}`,
        typeName: 'binding',
        type: 'arrow',
        fromId: id,
        toId: to,
        meta: {},
        props: {
          terminal,
          normalizedAnchor: { x: 0.5, y: 0.5 },
          isExact: false,
          isPrecise: false,
          snap: 'none',
        },
      })
    }
  }
  return records
}
