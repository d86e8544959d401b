import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newBoardId, openBoardDocument } from '@common-ground/shared'
import * as Y from 'yjs'
import { geoShape } from '../records'
import { distribution, type Distribution } from '../stats'

export interface DurabilityResult {
  edits: number
  appendMs: Distribution
  appendsPerSecond: number
  bytesAppended: number
  diskBytesBeforeCompaction: number
  walBytesBeforeCompaction: number
  diskBytesAfterCompaction: number
  storedBytesAfterCompaction: number
  loadMsBeforeCompaction: number
  loadMsAfterCompaction: number
}

interface StoreModule {
  SqliteBoardStore: new (file: string) => {
    boards: { createBoard(board: unknown): Promise<void> }
    log: {
      append(boardId: string, update: Uint8Array): Promise<number>
      load(boardId: string): Promise<{ updates: Uint8Array[]; lastSeq: number }>
      acquireCompactionLease(boardId: string, holder: string, ttlMs: number): Promise<boolean>
      compact(
        boardId: string,
        snapshot: Uint8Array,
        throughSeq: number,
        holder: string,
      ): Promise<void>
    }
    close(): Promise<void>
  }
}

function filesSize(file: string): number {
  let total = 0
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      total += statSync(file + suffix).size
    } catch {
      // not there
    }
  }
  return total
}

/**
 * The SQLite store our server uses (server/dist), in this process: `edits` moves of 100
 * geo shapes, each appended as the Yjs update a client would send (R3: one append per
 * update, before it is applied). Then the file size, the load time (read plus apply to a
 * fresh doc), one compaction as the room does it (R8) and the same again.
 */
export async function runDurability(edits: number): Promise<DurabilityResult> {
  const { SqliteBoardStore } = (await import(
    new URL('../../../server/dist/storage/SqliteBoardStore.js', import.meta.url).href
  )) as StoreModule
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-store-'))
  const file = join(dir, 'bench.sqlite')
  const store = new SqliteBoardStore(file)
  try {
    const id = newBoardId()
    const hashes = {
      facilitator: 'a'.repeat(64),
      participant: 'b'.repeat(64),
      observer: 'c'.repeat(64),
    }
    await store.boards.createBoard({
      id,
      title: 'bench durability',
      tokenHashes: hashes,
      rotations: { facilitator: 0, participant: 0, observer: 0 },
    })
    const doc = new Y.Doc()
    const { records } = openBoardDocument(doc)
    let last: Uint8Array = new Uint8Array()
    doc.on('update', (update: Uint8Array) => (last = update))
    const samples = new Float64Array(edits)
    let bytes = 0
    let lastSeq = 0
    const start = performance.now()
    for (let i = 0; i < edits; i++) {
      const shape = `shape:d${i % 100}`
      records.set(shape, geoShape(shape, i % 997, i % 541))
      const t = performance.now()
      lastSeq = await store.log.append(id, last)
      samples[i] = performance.now() - t
      bytes += last.byteLength
    }
    const elapsed = (performance.now() - start) / 1000
    const timeLoad = async () => {
      const t = performance.now()
      const stored = await store.log.load(id)
      const loaded = new Y.Doc()
      Y.transact(loaded, () => {
        for (const update of stored.updates) Y.applyUpdate(loaded, update)
      })
      const ms = performance.now() - t
      loaded.destroy()
      return { ms, stored }
    }
    const diskBefore = filesSize(file)
    const walBefore = filesSize(file + '-wal')
    const before = await timeLoad()
    await store.log.acquireCompactionLease(id, 'bench', 60_000)
    await store.log.compact(id, Y.encodeStateAsUpdate(doc), lastSeq, 'bench')
    const after = await timeLoad()
    const diskAfter = filesSize(file)
    doc.destroy()
    return {
      edits,
      appendMs: distribution(samples),
      appendsPerSecond: edits / elapsed,
      bytesAppended: bytes,
      diskBytesBeforeCompaction: diskBefore,
      walBytesBeforeCompaction: walBefore,
      diskBytesAfterCompaction: diskAfter,
      storedBytesAfterCompaction: after.stored.updates.reduce((n, u) => n + u.byteLength, 0),
      loadMsBeforeCompaction: before.ms,
      loadMsAfterCompaction: after.ms,
    }
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
