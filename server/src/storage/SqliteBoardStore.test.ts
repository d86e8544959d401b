import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BoardId } from '@common-ground/shared'
import { SqliteBoardStore } from './SqliteBoardStore.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('SqliteBoardStore', () => {
  it('keeps its write-ahead log bounded: appends let SQLite checkpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-wal-'))
    dirs.push(dir)
    const file = join(dir, 'boards.sqlite')
    const store = new SqliteBoardStore(file)
    const id = 'wal-board' as BoardId
    await store.boards.createBoard({
      id,
      title: 'WAL',
      tokenHashes: { facilitator: 'a', participant: 'b', observer: 'c' },
      rotations: { facilitator: 0, participant: 0, observer: 0 },
    })
    const update = new Uint8Array(400).fill(7)
    for (let i = 0; i < 4000; i++) await store.log.append(id, update)
    // Each append dirties a few 4 KiB pages: without checkpoints 4,000 appends leave a
    // WAL of ~37 MiB; with SQLite's auto-checkpoint (every 1,000 pages) it stays ~4 MiB.
    expect(statSync(`${file}-wal`).size).toBeLessThan(8 * 1024 * 1024)
    expect((await store.log.load(id)).updates).toHaveLength(4000)
    await store.close()
  })
})
