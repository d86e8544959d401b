import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BoardId } from '@common-ground/shared'
import { tempDir } from '../serverTestkit.testkit.js'
import { PgBoardStore } from '../storage/PgBoardStore.js'
import {
  dropTestSchemas,
  requirePostgres,
  TEST_DATABASE_URL,
  testSchema,
} from '../storage/postgres/postgresTestkit.testkit.js'
import { SqliteBoardStore } from '../storage/SqliteBoardStore.js'
import { SqliteSecretStore } from '../storage/SqliteSecretStore.js'
import { copySqliteToPostgres } from './copySqliteToPostgres.js'

beforeAll(requirePostgres)
afterAll(dropTestSchemas)

const A = 'board-a' as BoardId
const B = 'board-b' as BoardId

describe('copying a deployment from SQLite to PostgreSQL', () => {
  it('R80: copies every board with its log, checkpoints, record, assets, secrets and join codes, and verifies', async () => {
    const file = join(tempDir(), 'common-ground.sqlite')
    const sqlite = new SqliteBoardStore(file)
    await sqlite.boards.createBoard({
      id: A,
      title: 'Youth services',
      tokenHashes: { facilitator: 'f', participant: 'p', observer: 'o' },
      rotations: { facilitator: 0, participant: 2, observer: 1 },
    })
    await sqlite.boards.setArchived(A, true)
    for (let i = 1; i <= 5; i++) await sqlite.log.append(A, new Uint8Array([i, 0, 255]))
    await sqlite.log.acquireCompactionLease(A, 'me', 60_000)
    await sqlite.log.compact(A, new Uint8Array([9, 9]), 3, 'me')
    await sqlite.log.append(B, new Uint8Array([7]))
    const checkpoint = await sqlite.log.saveCheckpoint(A, {
      kind: 'named',
      label: 'Before the vote',
      seq: 5,
      snapshot: new Uint8Array([1, 2, 3]),
    })
    await sqlite.assets.putAsset(A, 'pic', 'image/png', new Uint8Array([137, 80, 78, 71]))
    const joinCode = { lookup: 'k', boardId: A, role: 'participant', sealed: 's' } as const
    await sqlite.boards.putJoinCode(joinCode)
    const secrets = new SqliteSecretStore(file)
    await secrets.put(A, 'rating:x', 'person-1', { q: [1, 2] })
    await secrets.close()
    await sqlite.close()

    const pg = await PgBoardStore.open({
      connectionString: TEST_DATABASE_URL,
      schema: testSchema(),
    })
    try {
      const report = await copySqliteToPostgres(file, pg.db)
      expect(report).toEqual({
        boards: 2,
        rows: {
          boards: 1,
          board_updates: 4,
          board_checkpoints: 1,
          board_assets: 1,
          board_secrets: 1,
          join_codes: 1,
        },
      })
      expect(await pg.boards.findJoinCode('k')).toEqual(joinCode)
      const record = await pg.boards.getBoard(A)
      expect(record).toMatchObject({ title: 'Youth services', archived: true })
      expect(record!.rotations).toEqual({ facilitator: 0, participant: 2, observer: 1 })
      const loaded = await pg.log.load(A)
      expect(loaded.lastSeq).toBe(5)
      expect(loaded.updates.map((u) => [...u])).toEqual([
        [9, 9],
        [4, 0, 255],
        [5, 0, 255],
      ])
      expect(await pg.log.listCheckpoints(A)).toEqual([checkpoint])
      expect([...(await pg.log.loadCheckpoint(A, checkpoint.id))!.snapshot]).toEqual([1, 2, 3])
      expect([...(await pg.assets.getAsset(A, 'pic'))!.bytes]).toEqual([137, 80, 78, 71])
      expect(await pg.secrets.get(A, 'rating:x', 'person-1')).toEqual({ q: [1, 2] })
      // The log goes on after the copied seqs; new checkpoints after the copied ids.
      expect(await pg.log.append(A, new Uint8Array([6]))).toBe(6)
      expect(await pg.log.append(B, new Uint8Array([8]))).toBe(2)
      const next = await pg.log.saveCheckpoint(B, {
        kind: 'automatic',
        label: null,
        seq: 2,
        snapshot: new Uint8Array([0]),
      })
      expect(next.id).toBeGreaterThan(checkpoint.id)
      // It moves a deployment; it never merges into one that has boards.
      await expect(copySqliteToPostgres(file, pg.db)).rejects.toThrow(/already holds data/)
    } finally {
      await pg.close()
    }
  })
})
