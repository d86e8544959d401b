import {
  boardSchema,
  openBoardDocument,
  readBoardSchema,
  writeBoardSchema,
} from '@common-ground/shared'
import { connectClient, type SimClient } from '../clients'
import { geoShape, pageRecord } from '../records'
import { startServer, type Room, type ServerKind, type ServerProcess } from '../servers'
import { median, sleep, waitFor } from '../stats'
import { measureBrowser, type BrowserResult } from './browser'

export const COLD_LOAD_SHAPES = 5000
const BATCH = 250

export interface LoadResult {
  server: ServerKind
  /** From disk (ours only: the room had unloaded) or from a room already in memory. */
  from: 'disk' | 'memory'
  shapes: number
  msToSynced: number[]
  medianMs: number
}

export interface ColdLoadResult {
  loads: LoadResult[]
  browser: BrowserResult | { skipped: string }
}

/** Writes `count` geo shapes (plus the page) in transactions of BATCH, as one client. */
export async function fillBoard(server: ServerProcess, room: Room, count: number): Promise<void> {
  const writer = connectClient(server, room)
  await writer.synced
  // As a board looks once a real client left it: the schema in meta, the document record
  // and the page. Our server writes the schema itself (and refuses it from clients,
  // PROTOCOL.md R30); the anchor servers do not, so there the writer adds it.
  const board = openBoardDocument(writer.doc)
  if (readBoardSchema(board) === undefined) writeBoardSchema(board, boardSchema().serialize())
  writer.records.set('document:document', {
    id: 'document:document',
    typeName: 'document',
    gridSize: 10,
    name: '',
    meta: {},
  })
  writer.records.set(pageRecord().id, pageRecord())
  for (let i = 0; i < count; i += BATCH) {
    writer.doc.transact(() => {
      for (let j = i; j < Math.min(count, i + BATCH); j++) {
        const id = `shape:s${j}`
        writer.records.set(id, geoShape(id, (j % 100) * 200, Math.floor(j / 100) * 120))
      }
    })
  }
  const reader = connectClient(server, room)
  await reader.synced
  await waitFor(
    () => reader.records.map.size >= count + 2,
    60_000,
    'the filled board reaches a reader',
  )
  reader.destroy()
  writer.destroy()
}

async function timeToSynced(server: ServerProcess, room: Room, count: number): Promise<number> {
  const start = performance.now()
  const client: SimClient = connectClient(server, room)
  await client.synced
  await waitFor(() => client.records.map.size >= count, 30_000, 'the new client holds every shape')
  const elapsed = performance.now() - start
  client.destroy()
  return elapsed
}

/**
 * Time from opening a provider until it has synced and holds every shape of a
 * COLD_LOAD_SHAPES board: for ours from disk (the room unloaded between tries) and from
 * memory (another client keeps the room), for the anchors from memory (they keep nothing
 * on disk). Then, for ours, the browser measurement on the same board.
 */
export async function runColdLoad(
  kind: ServerKind,
  reps: number,
  browser: boolean,
): Promise<ColdLoadResult> {
  const server = await startServer(kind, { env: { ROOM_IDLE_UNLOAD_MS: '200' } })
  const loads: LoadResult[] = []
  let browserResult: ColdLoadResult['browser'] = { skipped: 'not our server' }
  try {
    const room = await server.newRoom('bench cold load')
    if (kind === 'ours') {
      await fillBoard(server, room, COLD_LOAD_SHAPES)
      const fromDisk: number[] = []
      for (let i = 0; i < reps; i++) {
        await sleep(1500) // the room unloads (200 ms idle) and compacts
        fromDisk.push(await timeToSynced(server, room, COLD_LOAD_SHAPES))
      }
      loads.push({
        server: kind,
        from: 'disk',
        shapes: COLD_LOAD_SHAPES,
        msToSynced: fromDisk,
        medianMs: median(fromDisk),
      })
    }
    const holder = connectClient(server, room)
    await holder.synced
    if (kind !== 'ours') await fillBoard(server, room, COLD_LOAD_SHAPES)
    await waitFor(
      () => holder.records.map.size >= COLD_LOAD_SHAPES,
      30_000,
      'the holder holds the board',
    )
    const fromMemory: number[] = []
    for (let i = 0; i < reps; i++)
      fromMemory.push(await timeToSynced(server, room, COLD_LOAD_SHAPES))
    loads.push({
      server: kind,
      from: 'memory',
      shapes: COLD_LOAD_SHAPES,
      msToSynced: fromMemory,
      medianMs: median(fromMemory),
    })
    holder.destroy()
    if (kind === 'ours') {
      browserResult = browser
        ? await measureBrowser(server, room, COLD_LOAD_SHAPES, reps).catch((error: unknown) => ({
            skipped: `failed: ${(error as Error).message.split('\n')[0]}`,
          }))
        : { skipped: 'filtered out' }
    }
  } finally {
    await server.stop()
  }
  return { loads, browser: browserResult }
}
