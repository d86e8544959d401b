import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { BoardId } from '@common-ground/shared'
import { boardStoreContract } from './boardStoreContract.testkit.js'
import { MemoryBoardStore } from './MemoryBoardStore.js'
import { SqliteBoardStore } from './SqliteBoardStore.js'
import { MIGRATIONS } from './sqliteMigrations.js'

let memory = new MemoryBoardStore()
boardStoreContract('MemoryBoardStore', {
  create: async () => (memory = new MemoryBoardStore()),
  secondHandle: async () => new MemoryBoardStore(memory.storage),
})

const dir = mkdtempSync(join(tmpdir(), 'cg-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let file = ''
let files = 0
boardStoreContract('SqliteBoardStore', {
  create: async () => {
    file = join(dir, `board-${files++}.sqlite`)
    return new SqliteBoardStore(file)
  },
  reopen: async () => new SqliteBoardStore(file),
  secondHandle: async () => new SqliteBoardStore(file),
})

describe('SqliteBoardStore migrations', () => {
  it('upgrades a database from before board records without losing its updates', async () => {
    // The schema as it was shipped before `user_version` was used.
    const old = new Database(join(dir, 'old.sqlite'))
    old.exec(`
      CREATE TABLE board_updates (
        board_id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL,
        created_at INTEGER NOT NULL, PRIMARY KEY (board_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE board_assets (
        board_id TEXT NOT NULL, asset_id TEXT NOT NULL, content_type TEXT NOT NULL,
        data BLOB NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (board_id, asset_id)
      );
    `)
    const insert = old.prepare('INSERT INTO board_updates VALUES (?, ?, ?, ?)')
    insert.run('legacy', 1, Buffer.from([1, 2]), 1)
    insert.run('legacy', 2, Buffer.from([3]), 2)
    old
      .prepare('INSERT INTO board_assets VALUES (?, ?, ?, ?, ?)')
      .run('legacy', 'pic', 'image/png', Buffer.from([137]), 3)
    old.close()

    const store = new SqliteBoardStore(join(dir, 'old.sqlite'))
    const loaded = await store.log.load('legacy' as BoardId)
    expect(loaded.updates.map((u) => [...u])).toEqual([[1, 2], [3]])
    expect(loaded.lastSeq).toBe(2)
    expect([...(await store.assets.getAsset('legacy' as BoardId, 'pic'))!.bytes]).toEqual([137])
    expect(await store.boards.getBoard('legacy' as BoardId)).toBeNull()
    expect(await store.log.append('legacy' as BoardId, new Uint8Array([4]))).toBe(3)
    await store.close()

    const check = new Database(join(dir, 'old.sqlite'))
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    check.close()
  })

  it('opens an up-to-date database without running migrations again', async () => {
    const file = join(dir, 'twice.sqlite')
    const first = new SqliteBoardStore(file)
    await first.boards.createBoard({
      id: 'a' as BoardId,
      title: 'a',
      tokenHashes: { facilitator: 'f', participant: 'p', observer: 'o' },
      rotations: { facilitator: 0, participant: 0, observer: 0 },
    })
    await first.close()
    const second = new SqliteBoardStore(file)
    expect((await second.boards.getBoard('a' as BoardId))!.title).toBe('a')
    await second.close()
  })

  it('refuses a database written by a newer version', () => {
    const file = join(dir, 'newer.sqlite')
    const db = new Database(file)
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    db.close()
    expect(() => new SqliteBoardStore(file)).toThrow(/newer than this server knows/)
  })
})
