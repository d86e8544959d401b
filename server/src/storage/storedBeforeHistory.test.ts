import Database from 'better-sqlite3'
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { BoardId } from '@common-ground/shared'
import { readStoredBoard } from '../export/storedBoard.js'
import { compactUnderLease } from '../room/roomCompaction.js'
import { tempDir } from '../serverTestkit.testkit.js'
import { SqliteBoardStore } from './SqliteBoardStore.js'
import { MIGRATIONS } from './sqliteMigrations.js'

const fixtures = new URL('./fixtures/', import.meta.url)
const BOARD = 'fixture-board-0001' as BoardId
const expectedRecords = JSON.parse(
  readFileSync(new URL('board-before-history.records.json', fixtures), 'utf8'),
) as Record<string, unknown>

/** A copy of the fixture, opened by today's store (which migrates the copy). */
function openCopy(): { store: SqliteBoardStore; file: string } {
  const file = join(tempDir('cg-fixture-'), 'common-ground.sqlite')
  copyFileSync(new URL('board-before-history.sqlite', fixtures), file)
  return { store: new SqliteBoardStore(file), file }
}

describe('a board stored before issue 11 (schema version 2)', () => {
  it('H8, R62: opens unchanged: the same records, record, log and asset', async () => {
    const { store, file } = openCopy()
    try {
      const board = await readStoredBoard(store.log, BOARD)
      expect(board.records).toEqual(expectedRecords)
      expect(await store.boards.getBoard(BOARD)).toMatchObject({
        id: BOARD,
        title: 'Youth services, spring',
        archived: false,
        rotations: { facilitator: 0, participant: 1, observer: 0 },
      })
      // Compacted through seq 8, then seq 9 and 10.
      const log = await store.log.load(BOARD)
      expect(log.updates).toHaveLength(3)
      expect(log.lastSeq).toBe(10)
      expect((await store.log.readSince(BOARD, 8)).map((entry) => entry.seq)).toEqual([9, 10])
      expect(await store.log.listCheckpoints(BOARD)).toEqual([])
      expect((await store.assets.getAsset(BOARD, 'photo-1'))?.contentType).toBe('image/png')
    } finally {
      await store.close()
    }
    const db = new Database(file)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    db.close()
  })

  it('H8: keeps working: appends follow its seqs, checkpoints and compaction keep its records', async () => {
    const { store } = openCopy()
    try {
      const doc = new Y.Doc()
      for (const update of (await store.log.load(BOARD)).updates) Y.applyUpdate(doc, update)
      const change = new Y.Doc()
      change.getMap('scratch').set('x', 1)
      expect(await store.log.append(BOARD, Y.encodeStateAsUpdate(change))).toBe(11)
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(change))
      const checkpoint = await store.log.saveCheckpoint(BOARD, {
        kind: 'named',
        label: 'After the upgrade',
        seq: 11,
        snapshot: Y.encodeStateAsUpdate(doc),
      })
      await compactUnderLease({ log: store.log, boardId: BOARD, holder: 't', doc, throughSeq: 11 })
      expect((await store.log.load(BOARD)).updates).toHaveLength(1)
      expect((await readStoredBoard(store.log, BOARD)).records).toEqual(expectedRecords)
      const restored = new Y.Doc()
      Y.applyUpdate(restored, (await store.log.loadCheckpoint(BOARD, checkpoint.id))!.snapshot)
      expect(restored.getArray('records').length).toBe(doc.getArray('records').length)
    } finally {
      await store.close()
    }
  })
})
