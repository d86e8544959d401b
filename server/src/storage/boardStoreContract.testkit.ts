import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { BoardId } from '@common-ground/shared'
import { BoardExistsError, UnknownBoardError, type NewBoard } from './BoardRegistry.js'
import type { BoardStore } from './BoardStore.js'
import { CompactionLeaseError, type LogEntry, type UpdateLog } from './UpdateLog.js'

export interface StoreFactory {
  /** A store over fresh, empty storage. */
  create(): Promise<BoardStore>
  /** Reopens the storage of a closed store created by `create`; omit for volatile stores. */
  reopen?(): Promise<BoardStore>
  /**
   * A second handle on the storage of the store `create` made last, as another process
   * would open it (another connection to the same database).
   */
  secondHandle(): Promise<BoardStore>
}

const board = (id: string) => id as BoardId
const bytes = (...values: number[]) => new Uint8Array(values)

const newBoard = (id: string, title = `Board ${id}`): NewBoard => ({
  id: board(id),
  title,
  tokenHashes: { facilitator: `f-${id}`, participant: `p-${id}`, observer: `o-${id}` },
  rotations: { facilitator: 0, participant: 0, observer: 2 },
})

/** Compacts as a room does: under the board's lease, which it then gives up. */
async function compactAs(log: UpdateLog, id: string, snapshot: Uint8Array, through: number) {
  expect(await log.acquireCompactionLease(board(id), 'compactor', 60_000)).toBe(true)
  await log.compact(board(id), snapshot, through, 'compactor')
  await log.releaseCompactionLease(board(id), 'compactor')
}

/** A writer of one Y.Doc whose updates are appended through one handle. */
function writer(log: UpdateLog, id: string) {
  const doc = new Y.Doc()
  const pending: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => pending.push(update))
  /** Entries up to here are in `doc` (the writer's own and what it read). */
  let applied = 0
  return {
    doc,
    get applied() {
      return applied
    },
    /** Inserts `text` and appends the update; returns its seq. */
    async write(text: string): Promise<number> {
      doc.getText('t').insert(doc.getText('t').length, text)
      let seq = 0
      for (const update of pending.splice(0)) seq = await log.append(board(id), update)
      if (seq === applied + 1) applied = seq
      return seq
    },
    /** Reads and applies everything after what it has applied. */
    async catchUp(): Promise<void> {
      for (const entry of await log.readSince(board(id), applied)) {
        Y.applyUpdate(doc, entry.update)
        applied = entry.seq
      }
      pending.length = 0
    },
  }
}

const plain = (entry: LogEntry) => ({ seq: entry.seq, update: [...entry.update] })

/** Text of a board rebuilt from what `load` returns. */
function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('t').toString()
}

/**
 * The behaviour every {@link BoardStore} adapter must have. Call inside a test file with
 * a factory; each test gets a fresh store, closed afterwards.
 */
export function boardStoreContract(name: string, factory: StoreFactory): void {
  describe(`BoardStore contract: ${name}`, () => {
    let store: BoardStore

    beforeEach(async () => {
      store = await factory.create()
    })
    afterEach(async () => {
      await store.close()
    })

    it('loads a board that was never written as empty', async () => {
      expect(await store.log.load(board('nothing'))).toEqual({ updates: [], lastSeq: 0 })
      expect(await store.log.hasLog(board('nothing'))).toBe(false)
      expect(await store.assets.hasAssets(board('nothing'))).toBe(false)
    })

    it('loads appended updates in order, with increasing sequence numbers', async () => {
      const seqs = []
      for (let i = 1; i <= 5; i++) seqs.push(await store.log.append(board('a'), bytes(i, i)))
      await store.log.append(board('other'), bytes(9))
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs)
      expect(new Set(seqs).size).toBe(5)
      const loaded = await store.log.load(board('a'))
      expect(loaded.updates.map((u) => [...u])).toEqual([1, 2, 3, 4, 5].map((i) => [i, i]))
      expect(loaded.lastSeq).toBe(seqs.at(-1))
      expect(await store.log.hasLog(board('a'))).toBe(true)
    })

    it('keeps the bytes it was given even if the caller reuses its buffer', async () => {
      const buffer = bytes(1, 2, 3)
      await store.log.append(board('a'), buffer.subarray(1))
      buffer.fill(0)
      expect([...(await store.log.load(board('a'))).updates[0]!]).toEqual([2, 3])
    })

    it('compaction replaces entries through the seq and keeps later appends after it', async () => {
      await store.log.append(board('a'), bytes(1))
      const through = await store.log.append(board('a'), bytes(2))
      await store.log.append(board('a'), bytes(3))
      await compactAs(store.log, 'a', bytes(12), through)
      const later = await store.log.append(board('a'), bytes(4))
      const loaded = await store.log.load(board('a'))
      expect(loaded.updates.map((u) => [...u])).toEqual([[12], [3], [4]])
      expect(loaded.lastSeq).toBe(later)
      expect(later).toBeGreaterThan(through)
    })

    it('compacting a Yjs log into the state of its doc loads the same content', async () => {
      const doc = new Y.Doc({ gc: true })
      const updates: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => updates.push(update))
      const text = doc.getText('t')
      text.insert(0, 'hello world')
      text.delete(0, 6)
      text.insert(text.length, '!')
      for (const update of updates.splice(0)) await store.log.append(board('y'), update)
      const before = await store.log.load(board('y'))
      expect(textOf(before.updates)).toBe('world!')
      await compactAs(store.log, 'y', Y.encodeStateAsUpdate(doc), before.lastSeq)
      text.insert(0, 'big ')
      for (const update of updates.splice(0)) await store.log.append(board('y'), update)
      const after = await store.log.load(board('y'))
      expect(after.updates).toHaveLength(2)
      expect(textOf(after.updates)).toBe('big world!')
    })

    it('lists boards with their size', async () => {
      await store.log.append(board('a'), bytes(1, 2, 3))
      await store.log.append(board('b'), bytes(1))
      const list = await store.log.listLogs()
      expect(
        list.map(({ id, bytes }) => ({ id, bytes })).sort((x, y) => x.id.localeCompare(y.id)),
      ).toEqual([
        { id: 'a', bytes: 3 },
        { id: 'b', bytes: 1 },
      ])
      for (const entry of list) expect(entry.updatedAt).toBeGreaterThan(0)
    })

    it('stores assets per board with their content type', async () => {
      await store.assets.putAsset(board('a'), 'pic', 'image/png', bytes(137, 80, 78, 71))
      expect(await store.assets.getAsset(board('a'), 'pic')).toEqual({
        contentType: 'image/png',
        bytes: expect.any(Uint8Array),
      })
      expect([...(await store.assets.getAsset(board('a'), 'pic'))!.bytes]).toEqual([
        137, 80, 78, 71,
      ])
      expect(await store.assets.getAsset(board('b'), 'pic')).toBeNull()
      expect(await store.assets.getAsset(board('a'), 'other')).toBeNull()
      expect(await store.assets.hasAssets(board('a'))).toBe(true)
      expect(await store.assets.hasAssets(board('b'))).toBe(false)
    })

    it('creates a board record and reads it back, not archived', async () => {
      const before = Date.now()
      await store.boards.createBoard(newBoard('a', 'Youth services, spring'))
      expect(await store.boards.getBoard(board('a'))).toEqual({
        ...newBoard('a', 'Youth services, spring'),
        archived: false,
        createdAt: expect.any(Number),
      })
      expect((await store.boards.getBoard(board('a')))!.createdAt).toBeGreaterThanOrEqual(before)
      expect(await store.boards.getBoard(board('b'))).toBeNull()
    })

    it('refuses to create a board whose id is taken, keeping the first', async () => {
      await store.boards.createBoard(newBoard('a', 'first'))
      await expect(store.boards.createBoard(newBoard('a', 'second'))).rejects.toBeInstanceOf(
        BoardExistsError,
      )
      expect((await store.boards.getBoard(board('a')))!.title).toBe('first')
    })

    it('replaces one role token hash and rotation, leaving the others', async () => {
      await store.boards.createBoard(newBoard('a'))
      await store.boards.createBoard(newBoard('b'))
      await store.boards.setTokenHash(board('a'), 'participant', 'p-new', 1)
      const record = await store.boards.getBoard(board('a'))
      expect(record!.tokenHashes).toEqual({
        facilitator: 'f-a',
        participant: 'p-new',
        observer: 'o-a',
      })
      expect(record!.rotations).toEqual({ facilitator: 0, participant: 1, observer: 2 })
      expect(await store.boards.getBoard(board('b'))).toMatchObject(newBoard('b'))
      await expect(
        store.boards.setTokenHash(board('zz'), 'observer', 'x', 1),
      ).rejects.toBeInstanceOf(UnknownBoardError)
    })

    it('archives and reopens a board', async () => {
      await store.boards.createBoard(newBoard('a'))
      await store.boards.setArchived(board('a'), true)
      expect((await store.boards.getBoard(board('a')))!.archived).toBe(true)
      await store.boards.setArchived(board('a'), false)
      expect((await store.boards.getBoard(board('a')))!.archived).toBe(false)
      await expect(store.boards.setArchived(board('zz'), true)).rejects.toBeInstanceOf(
        UnknownBoardError,
      )
    })

    it('H28: renames a board; an unknown board throws', async () => {
      await store.boards.createBoard(newBoard('a'))
      await store.boards.setTitle(board('a'), 'Renamed')
      expect((await store.boards.getBoard(board('a')))!.title).toBe('Renamed')
      await expect(store.boards.setTitle(board('zz'), 'x')).rejects.toBeInstanceOf(
        UnknownBoardError,
      )
    })

    it('does not hand out its own copy of a record', async () => {
      await store.boards.createBoard(newBoard('a'))
      const record = (await store.boards.getBoard(board('a')))!
      record.tokenHashes.facilitator = 'changed'
      record.rotations.participant = 99
      expect(await store.boards.getBoard(board('a'))).toMatchObject(newBoard('a'))
    })

    it('A22: keeps one join code per board and role, found by its lookup key', async () => {
      const code = (lookup: string, id: string, sealed = 's') =>
        ({ lookup, boardId: board(id), role: 'participant', sealed }) as const
      const boards = store.boards
      expect(await boards.putJoinCode(code('k1', 'a'))).toBe(true)
      expect(await boards.findJoinCode('k1')).toEqual(code('k1', 'a'))
      // A new code for the same board and role replaces the old one.
      expect(await boards.putJoinCode(code('k2', 'a', 't'))).toBe(true)
      expect(await boards.findJoinCode('k1')).toBeNull()
      expect(await boards.findJoinCode('k2')).toEqual(code('k2', 'a', 't'))
      // Storing the same code again (Share opened twice) is fine.
      expect(await boards.putJoinCode(code('k2', 'a', 'u'))).toBe(true)
      // A key another board holds is refused and left as it was.
      expect(await boards.putJoinCode(code('k2', 'b'))).toBe(false)
      expect(await boards.findJoinCode('k2')).toEqual(code('k2', 'a', 'u'))
      expect(await boards.findJoinCode('nothing')).toBeNull()
    })

    it('a record and an update log are independent', async () => {
      await store.boards.createBoard(newBoard('a'))
      expect(await store.log.load(board('a'))).toEqual({ updates: [], lastSeq: 0 })
      await store.log.append(board('b'), bytes(1))
      expect(await store.boards.getBoard(board('b'))).toBeNull()
    })

    it('H2: reads the entries after a sequence number, a covering snapshot first', async () => {
      const seqs = []
      for (let i = 1; i <= 4; i++) seqs.push(await store.log.append(board('a'), bytes(i)))
      const since = (seq: number) =>
        store.log.readSince(board('a'), seq).then((entries) => entries.map(plain))
      expect(await since(seqs[1]!)).toEqual([
        { seq: seqs[2], update: [3] },
        { seq: seqs[3], update: [4] },
      ])
      expect(await since(seqs[3]!)).toEqual([])
      expect(await store.log.readSince(board('nothing'), 0)).toEqual([])
      await compactAs(store.log, 'a', bytes(99), seqs[2]!)
      // Asking from before the snapshot gets the snapshot, which stands for what it folded.
      expect(await since(seqs[0]!)).toEqual([
        { seq: seqs[2], update: [99] },
        { seq: seqs[3], update: [4] },
      ])
      expect(await since(seqs[2]!)).toEqual([{ seq: seqs[3], update: [4] }])
    })

    it('H3: compaction needs the board lease, which one holder has at a time', async () => {
      await store.log.append(board('a'), bytes(1))
      const through = await store.log.append(board('a'), bytes(2))
      await expect(store.log.compact(board('a'), bytes(9), through, 'x')).rejects.toBeInstanceOf(
        CompactionLeaseError,
      )
      expect(await store.log.acquireCompactionLease(board('a'), 'x', 60_000)).toBe(true)
      expect(await store.log.acquireCompactionLease(board('a'), 'y', 60_000)).toBe(false)
      // The lease is per board.
      expect(await store.log.acquireCompactionLease(board('b'), 'y', 60_000)).toBe(true)
      await expect(store.log.compact(board('a'), bytes(9), through, 'y')).rejects.toBeInstanceOf(
        CompactionLeaseError,
      )
      // Its holder renews it.
      expect(await store.log.acquireCompactionLease(board('a'), 'x', 60_000)).toBe(true)
      await store.log.releaseCompactionLease(board('a'), 'y')
      expect(await store.log.acquireCompactionLease(board('a'), 'y', 60_000)).toBe(false)
      await store.log.releaseCompactionLease(board('a'), 'x')
      expect(await store.log.acquireCompactionLease(board('a'), 'y', 60_000)).toBe(true)
      expect((await store.log.load(board('a'))).updates.map((u) => [...u])).toEqual([[1], [2]])
    })

    it('H5: an expired lease can be taken by another holder, and no longer compacts', async () => {
      await store.log.append(board('a'), bytes(1))
      const through = await store.log.append(board('a'), bytes(2))
      expect(await store.log.acquireCompactionLease(board('a'), 'x', 0)).toBe(true)
      await expect(store.log.compact(board('a'), bytes(9), through, 'x')).rejects.toBeInstanceOf(
        CompactionLeaseError,
      )
      expect(await store.log.acquireCompactionLease(board('a'), 'y', 60_000)).toBe(true)
      await store.log.compact(board('a'), bytes(9), through, 'y')
      expect((await store.log.load(board('a'))).updates.map((u) => [...u])).toEqual([[9]])
    })

    it('H3: a compaction behind an earlier one changes nothing', async () => {
      const first = await store.log.append(board('a'), bytes(1))
      const second = await store.log.append(board('a'), bytes(2))
      await store.log.append(board('a'), bytes(3))
      await compactAs(store.log, 'a', bytes(12), second)
      await compactAs(store.log, 'a', bytes(1), first)
      expect((await store.log.load(board('a'))).updates.map((u) => [...u])).toEqual([[12], [3]])
    })

    it('H4: checkpoints are listed, loaded, kept per board and survive compaction', async () => {
      await store.log.append(board('a'), bytes(1))
      const seq = await store.log.append(board('a'), bytes(2))
      const before = Date.now()
      const named = await store.log.saveCheckpoint(board('a'), {
        kind: 'named',
        label: 'Before the vote',
        seq,
        snapshot: bytes(7, 7),
      })
      expect(named).toEqual({
        id: expect.any(Number),
        kind: 'named',
        label: 'Before the vote',
        seq,
        createdAt: expect.any(Number),
        bytes: 2,
      })
      expect(named.createdAt).toBeGreaterThanOrEqual(before)
      const archive = await store.log.saveCheckpoint(board('a'), {
        kind: 'archive',
        label: null,
        seq,
        snapshot: bytes(8),
      })
      await store.log.saveCheckpoint(board('b'), {
        kind: 'automatic',
        label: null,
        seq: 1,
        snapshot: bytes(5),
      })
      expect(archive.id).toBeGreaterThan(named.id)
      await compactAs(store.log, 'a', bytes(12), seq)
      expect(await store.log.listCheckpoints(board('a'))).toEqual([named, archive])
      const loaded = await store.log.loadCheckpoint(board('a'), named.id)
      expect({ ...loaded, snapshot: [...loaded!.snapshot] }).toEqual({
        ...named,
        snapshot: [7, 7],
      })
      // A checkpoint is read only through its own board.
      expect(await store.log.loadCheckpoint(board('b'), named.id)).toBeNull()
      expect(await store.log.loadCheckpoint(board('a'), 9999)).toBeNull()
      expect(await store.log.listCheckpoints(board('nothing'))).toEqual([])
    })

    it('H6: the change feed hears each append through this handle, once stored', async () => {
      const heard: { id: string; entry: ReturnType<typeof plain> }[] = []
      const stop = store.log.onAppend((id, entry) => {
        heard.push({ id, entry: plain(entry) })
      })
      const one = await store.log.append(board('a'), bytes(1))
      const two = await store.log.append(board('b'), bytes(2))
      stop()
      await store.log.append(board('a'), bytes(3))
      expect(heard).toEqual([
        { id: 'a', entry: { seq: one, update: [1] } },
        { id: 'b', entry: { seq: two, update: [2] } },
      ])
    })

    describe('two handles on one storage', () => {
      let other: BoardStore
      beforeEach(async () => {
        other = await factory.secondHandle()
      })
      afterEach(async () => {
        await other.close()
      })

      it('H1: sequence numbers come from the store, increasing across handles', async () => {
        const seqs: number[] = []
        for (let i = 0; i < 6; i++) {
          const log = i % 2 === 0 ? store.log : other.log
          seqs.push(await log.append(board('a'), bytes(i)))
        }
        expect([...seqs].sort((x, y) => x - y)).toEqual(seqs)
        expect(new Set(seqs).size).toBe(6)
        for (const log of [store.log, other.log]) {
          const loaded = await log.load(board('a'))
          expect(loaded.updates.map((u) => [...u])).toEqual([[0], [1], [2], [3], [4], [5]])
          expect(loaded.lastSeq).toBe(seqs.at(-1))
        }
      })

      it('H1: concurrent appends through two handles all land, in one order', async () => {
        const writes = Array.from({ length: 20 }, (_, i) =>
          (i % 2 === 0 ? store.log : other.log).append(board('a'), bytes(i)),
        )
        const seqs = await Promise.all(writes)
        expect(new Set(seqs).size).toBe(20)
        const loaded = await other.log.load(board('a'))
        expect(loaded.updates.map((u) => u[0]).sort((x, y) => x! - y!)).toEqual(
          Array.from({ length: 20 }, (_, i) => i),
        )
      })

      it('H3: a compactor folds only what it applied; the other writer loses nothing', async () => {
        const a = writer(store.log, 'y')
        const b = writer(other.log, 'y')
        await a.write('a1 ')
        await b.catchUp()
        await b.write('b1 ')
        await a.write('a2 ')
        // A has applied only its first entry in order: it must not fold past it.
        expect(a.applied).toBe(1)
        await compactAs(store.log, 'y', Y.encodeStateAsUpdate(a.doc), a.applied)
        await b.write('b2 ')
        const text = textOf((await other.log.load(board('y'))).updates)
        for (const part of ['a1', 'a2', 'b1', 'b2']) expect(text).toContain(part)
        // Once caught up, A folds everything, and still nothing is lost.
        await a.catchUp()
        await compactAs(store.log, 'y', Y.encodeStateAsUpdate(a.doc), a.applied)
        const after = await store.log.load(board('y'))
        expect(after.updates).toHaveLength(1)
        expect(textOf(after.updates)).toBe(a.doc.getText('t').toString())
        for (const part of ['a1', 'a2', 'b1', 'b2']) expect(textOf(after.updates)).toContain(part)
      })

      it('H3: compaction racing appends from the other handle loses none of them', async () => {
        const a = writer(store.log, 'y')
        for (let i = 0; i < 5; i++) await a.write(`a${i} `)
        const snapshot = Y.encodeStateAsUpdate(a.doc)
        expect(await store.log.acquireCompactionLease(board('y'), 'a', 60_000)).toBe(true)
        const b = writer(other.log, 'y')
        await b.catchUp()
        const racing = [
          b.write('b0 '),
          store.log.compact(board('y'), snapshot, a.applied, 'a'),
          b.write('b1 '),
          b.write('b2 '),
        ]
        await Promise.all(racing)
        const text = textOf((await store.log.load(board('y'))).updates)
        for (let i = 0; i < 5; i++) expect(text).toContain(`a${i}`)
        for (let i = 0; i < 3; i++) expect(text).toContain(`b${i}`)
      })

      it('H5: the compaction lease is shared by handles', async () => {
        expect(await store.log.acquireCompactionLease(board('a'), 'x', 60_000)).toBe(true)
        expect(await other.log.acquireCompactionLease(board('a'), 'y', 60_000)).toBe(false)
        await store.log.releaseCompactionLease(board('a'), 'x')
        expect(await other.log.acquireCompactionLease(board('a'), 'y', 60_000)).toBe(true)
      })

      it('H4: checkpoints, records and assets are seen through both handles', async () => {
        const saved = await store.log.saveCheckpoint(board('a'), {
          kind: 'named',
          label: 'x',
          seq: 0,
          snapshot: bytes(1),
        })
        expect(await other.log.listCheckpoints(board('a'))).toEqual([saved])
        await store.boards.createBoard(newBoard('a'))
        await other.boards.setArchived(board('a'), true)
        expect((await store.boards.getBoard(board('a')))!.archived).toBe(true)
        await other.assets.putAsset(board('a'), 'pic', 'image/png', bytes(1))
        expect(await store.assets.hasAssets(board('a'))).toBe(true)
      })

      it('H6: the change feed of one handle does not hear the other', async () => {
        const heard: number[] = []
        const stop = store.log.onAppend((_id, entry) => heard.push(entry.seq))
        await other.log.append(board('a'), bytes(1))
        const own = await store.log.append(board('a'), bytes(2))
        stop()
        expect(heard).toEqual([own])
      })
    })

    if (factory.reopen !== undefined) {
      const reopen = factory.reopen
      it('keeps board records after closing and reopening', async () => {
        await store.boards.createBoard(newBoard('a', 'kept'))
        await store.boards.setTokenHash(board('a'), 'observer', 'o-new', 3)
        await store.boards.setArchived(board('a'), true)
        const before = await store.boards.getBoard(board('a'))
        await store.close()
        store = await reopen()
        expect(await store.boards.getBoard(board('a'))).toEqual(before)
      })

      it('keeps updates, compactions and assets after closing and reopening', async () => {
        await store.log.append(board('a'), bytes(1))
        const through = await store.log.append(board('a'), bytes(2))
        await compactAs(store.log, 'a', bytes(12), through)
        await store.log.append(board('a'), bytes(3))
        await store.assets.putAsset(board('a'), 'pic', 'image/gif', bytes(71, 73, 70))
        await store.close()
        store = await reopen()
        const loaded = await store.log.load(board('a'))
        expect(loaded.updates.map((u) => [...u])).toEqual([[12], [3]])
        expect([...(await store.assets.getAsset(board('a'), 'pic'))!.bytes]).toEqual([71, 73, 70])
        expect(await store.log.append(board('a'), bytes(4))).toBeGreaterThan(loaded.lastSeq)
      })

      it('H4: keeps checkpoints after closing and reopening', async () => {
        const saved = await store.log.saveCheckpoint(board('a'), {
          kind: 'archive',
          label: null,
          seq: 3,
          snapshot: bytes(5, 6),
        })
        await store.close()
        store = await reopen()
        expect(await store.log.listCheckpoints(board('a'))).toEqual([saved])
        expect([...(await store.log.loadCheckpoint(board('a'), saved.id))!.snapshot]).toEqual([
          5, 6,
        ])
      })
    }
  })
}
