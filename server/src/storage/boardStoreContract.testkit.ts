import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { BoardId } from '@common-ground/shared'
import {
  BoardExistsError,
  UnknownBoardError,
  type BoardStore,
  type NewBoard,
} from './BoardStore.js'

export interface StoreFactory {
  /** A store over fresh, empty storage. */
  create(): Promise<BoardStore>
  /** Reopens the storage of a closed store created by `create`; omit for volatile stores. */
  reopen?(): Promise<BoardStore>
}

const board = (id: string) => id as BoardId
const bytes = (...values: number[]) => new Uint8Array(values)

const newBoard = (id: string, title = `Board ${id}`): NewBoard => ({
  id: board(id),
  title,
  tokenHashes: { facilitator: `f-${id}`, participant: `p-${id}`, observer: `o-${id}` },
  rotations: { facilitator: 0, participant: 0, observer: 2 },
})

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
      expect(await store.load(board('nothing'))).toEqual({ updates: [], lastSeq: 0 })
      expect(await store.hasBoard(board('nothing'))).toBe(false)
    })

    it('loads appended updates in order, with increasing sequence numbers', async () => {
      const seqs = []
      for (let i = 1; i <= 5; i++) seqs.push(await store.append(board('a'), bytes(i, i)))
      await store.append(board('other'), bytes(9))
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs)
      expect(new Set(seqs).size).toBe(5)
      const loaded = await store.load(board('a'))
      expect(loaded.updates.map((u) => [...u])).toEqual([1, 2, 3, 4, 5].map((i) => [i, i]))
      expect(loaded.lastSeq).toBe(seqs.at(-1))
      expect(await store.hasBoard(board('a'))).toBe(true)
    })

    it('keeps the bytes it was given even if the caller reuses its buffer', async () => {
      const buffer = bytes(1, 2, 3)
      await store.append(board('a'), buffer.subarray(1))
      buffer.fill(0)
      expect([...(await store.load(board('a'))).updates[0]!]).toEqual([2, 3])
    })

    it('compaction replaces entries through the seq and keeps later appends after it', async () => {
      await store.append(board('a'), bytes(1))
      const through = await store.append(board('a'), bytes(2))
      await store.append(board('a'), bytes(3))
      await store.compact(board('a'), bytes(12), through)
      const later = await store.append(board('a'), bytes(4))
      const loaded = await store.load(board('a'))
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
      for (const update of updates.splice(0)) await store.append(board('y'), update)
      const before = await store.load(board('y'))
      expect(textOf(before.updates)).toBe('world!')
      await store.compact(board('y'), Y.encodeStateAsUpdate(doc), before.lastSeq)
      text.insert(0, 'big ')
      for (const update of updates.splice(0)) await store.append(board('y'), update)
      const after = await store.load(board('y'))
      expect(after.updates).toHaveLength(2)
      expect(textOf(after.updates)).toBe('big world!')
    })

    it('lists boards with their size', async () => {
      await store.append(board('a'), bytes(1, 2, 3))
      await store.append(board('b'), bytes(1))
      const list = await store.listBoards()
      expect(
        list.map(({ id, bytes }) => ({ id, bytes })).sort((x, y) => x.id.localeCompare(y.id)),
      ).toEqual([
        { id: 'a', bytes: 3 },
        { id: 'b', bytes: 1 },
      ])
      for (const entry of list) expect(entry.updatedAt).toBeGreaterThan(0)
    })

    it('stores assets per board with their content type', async () => {
      await store.putAsset(board('a'), 'pic', 'image/png', bytes(137, 80, 78, 71))
      expect(await store.getAsset(board('a'), 'pic')).toEqual({
        contentType: 'image/png',
        bytes: expect.any(Uint8Array),
      })
      expect([...(await store.getAsset(board('a'), 'pic'))!.bytes]).toEqual([137, 80, 78, 71])
      expect(await store.getAsset(board('b'), 'pic')).toBeNull()
      expect(await store.getAsset(board('a'), 'other')).toBeNull()
    })

    it('creates a board record and reads it back, not archived', async () => {
      const before = Date.now()
      await store.createBoard(newBoard('a', 'Youth services, spring'))
      expect(await store.getBoard(board('a'))).toEqual({
        ...newBoard('a', 'Youth services, spring'),
        archived: false,
        createdAt: expect.any(Number),
      })
      expect((await store.getBoard(board('a')))!.createdAt).toBeGreaterThanOrEqual(before)
      expect(await store.getBoard(board('b'))).toBeNull()
    })

    it('refuses to create a board whose id is taken, keeping the first', async () => {
      await store.createBoard(newBoard('a', 'first'))
      await expect(store.createBoard(newBoard('a', 'second'))).rejects.toBeInstanceOf(
        BoardExistsError,
      )
      expect((await store.getBoard(board('a')))!.title).toBe('first')
    })

    it('replaces one role token hash and rotation, leaving the others', async () => {
      await store.createBoard(newBoard('a'))
      await store.createBoard(newBoard('b'))
      await store.setTokenHash(board('a'), 'participant', 'p-new', 1)
      const record = await store.getBoard(board('a'))
      expect(record!.tokenHashes).toEqual({
        facilitator: 'f-a',
        participant: 'p-new',
        observer: 'o-a',
      })
      expect(record!.rotations).toEqual({ facilitator: 0, participant: 1, observer: 2 })
      expect(await store.getBoard(board('b'))).toMatchObject(newBoard('b'))
      await expect(store.setTokenHash(board('zz'), 'observer', 'x', 1)).rejects.toBeInstanceOf(
        UnknownBoardError,
      )
    })

    it('archives and reopens a board', async () => {
      await store.createBoard(newBoard('a'))
      await store.setArchived(board('a'), true)
      expect((await store.getBoard(board('a')))!.archived).toBe(true)
      await store.setArchived(board('a'), false)
      expect((await store.getBoard(board('a')))!.archived).toBe(false)
      await expect(store.setArchived(board('zz'), true)).rejects.toBeInstanceOf(UnknownBoardError)
    })

    it('does not hand out its own copy of a record', async () => {
      await store.createBoard(newBoard('a'))
      const record = (await store.getBoard(board('a')))!
      record.tokenHashes.facilitator = 'changed'
      record.rotations.participant = 99
      expect(await store.getBoard(board('a'))).toMatchObject(newBoard('a'))
    })

    it('a record and an update log are independent', async () => {
      await store.createBoard(newBoard('a'))
      expect(await store.load(board('a'))).toEqual({ updates: [], lastSeq: 0 })
      await store.append(board('b'), bytes(1))
      expect(await store.getBoard(board('b'))).toBeNull()
    })

    it('A22: keeps one join code per board and role, found by its lookup key', async () => {
      const code = (lookup: string, id: string, sealed = 's') =>
        ({ lookup, boardId: board(id), role: 'participant', sealed }) as const
      expect(await store.putJoinCode(code('k1', 'a'))).toBe(true)
      expect(await store.findJoinCode('k1')).toEqual(code('k1', 'a'))
      // A new code for the same board and role replaces the old one.
      expect(await store.putJoinCode(code('k2', 'a', 't'))).toBe(true)
      expect(await store.findJoinCode('k1')).toBeNull()
      expect(await store.findJoinCode('k2')).toEqual(code('k2', 'a', 't'))
      // Storing the same code again (Share opened twice) is fine.
      expect(await store.putJoinCode(code('k2', 'a', 'u'))).toBe(true)
      // A key another board holds is refused and left as it was.
      expect(await store.putJoinCode(code('k2', 'b'))).toBe(false)
      expect(await store.findJoinCode('k2')).toEqual(code('k2', 'a', 'u'))
      expect(await store.findJoinCode('nothing')).toBeNull()
    })

    if (factory.reopen !== undefined) {
      const reopen = factory.reopen
      it('keeps board records after closing and reopening', async () => {
        await store.createBoard(newBoard('a', 'kept'))
        await store.setTokenHash(board('a'), 'observer', 'o-new', 3)
        await store.setArchived(board('a'), true)
        const before = await store.getBoard(board('a'))
        await store.close()
        store = await reopen()
        expect(await store.getBoard(board('a'))).toEqual(before)
      })

      it('keeps updates, compactions and assets after closing and reopening', async () => {
        await store.append(board('a'), bytes(1))
        const through = await store.append(board('a'), bytes(2))
        await store.compact(board('a'), bytes(12), through)
        await store.append(board('a'), bytes(3))
        await store.putAsset(board('a'), 'pic', 'image/gif', bytes(71, 73, 70))
        await store.putJoinCode({
          lookup: 'k',
          boardId: board('a'),
          role: 'participant',
          sealed: 's',
        })
        await store.close()
        store = await reopen()
        const loaded = await store.load(board('a'))
        expect(loaded.updates.map((u) => [...u])).toEqual([[12], [3]])
        expect([...(await store.getAsset(board('a'), 'pic'))!.bytes]).toEqual([71, 73, 70])
        expect(await store.append(board('a'), bytes(4))).toBeGreaterThan(loaded.lastSeq)
        expect((await store.findJoinCode('k'))?.sealed).toBe('s')
      })
    }
  })
}
