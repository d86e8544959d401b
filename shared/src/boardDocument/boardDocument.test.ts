import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoardSchema } from '../schema.js'
import {
  boardDocRoots,
  boardRecordIds,
  boardSchema,
  deleteBoardRecord,
  newBoardUpdate,
  openBoardDocument,
  readBoardRecord,
  readBoardRecords,
  readBoardSchema,
  readStoredSchema,
  writeBoardMotion,
  writeBoardRecord,
  writeBoardSchema,
} from './index.js'

const shape = (id: string, x: number) => ({ id, typeName: 'shape', x, y: 0, rotation: 0 })

describe('the board-document module', () => {
  it('builds the board schema once', () => {
    expect(boardSchema()).toBe(boardSchema())
    expect(boardSchema().serialize()).toEqual(createBoardSchema().serialize())
  })

  it('opens one YKeyValue per array, however often a doc is opened', () => {
    const doc = new Y.Doc()
    expect(openBoardDocument(doc).records).toBe(openBoardDocument(doc).records)
    expect(openBoardDocument(doc).motion).toBe(openBoardDocument(doc).motion)
  })

  it('reads records with their motion laid over, the same through both readers', () => {
    const doc = new Y.Doc()
    const board = openBoardDocument(doc)
    writeBoardRecord(board, shape('shape:a', 1))
    writeBoardRecord(board, shape('shape:b', 2))
    writeBoardMotion(board, 'shape:a', { x: 50, y: 60, rotation: 0 })
    writeBoardSchema(board, { schemaVersion: 2 })
    expect(readBoardRecord(board, 'shape:a')).toMatchObject({ x: 50, y: 60 })
    expect(boardRecordIds(board).sort()).toEqual(['shape:a', 'shape:b'])
    // A reader that never opens YKeyValue (the server) sees the same board.
    const copy = new Y.Doc()
    boardDocRoots(copy)
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    expect(readBoardRecords(copy)).toEqual({
      'shape:a': { ...shape('shape:a', 50), y: 60 },
      'shape:b': shape('shape:b', 2),
    })
    expect(readStoredSchema(copy)).toEqual({ schemaVersion: 2 })
    expect(readBoardSchema(board)).toEqual({ schemaVersion: 2 })
  })

  it('writing or deleting a whole record drops its motion entry', () => {
    const board = openBoardDocument(new Y.Doc())
    writeBoardRecord(board, shape('shape:a', 1))
    writeBoardMotion(board, 'shape:a', { x: 5, y: 5, rotation: 0 })
    writeBoardRecord(board, shape('shape:a', 7))
    expect(board.motion.has('shape:a')).toBe(false)
    writeBoardMotion(board, 'shape:a', { x: 5, y: 5, rotation: 0 })
    deleteBoardRecord(board, 'shape:a')
    expect(board.records.has('shape:a')).toBe(false)
    expect(board.motion.has('shape:a')).toBe(false)
  })

  it('of two entries with one key (concurrent writes), the rightmost wins, as YKeyValue decides', () => {
    const doc = new Y.Doc()
    boardDocRoots(doc).records.push([
      { key: 'shape:a', val: shape('shape:a', 1) },
      { key: 'shape:a', val: shape('shape:a', 2) },
    ])
    expect(readBoardRecords(doc)).toEqual({ 'shape:a': shape('shape:a', 2) })
  })

  it('a new board update holds the records and the board schema', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, newBoardUpdate([shape('shape:a', 1)]))
    expect(readBoardRecords(doc)).toEqual({ 'shape:a': shape('shape:a', 1) })
    expect(readStoredSchema(doc)).toEqual(boardSchema().serialize())
  })
})
