import { describe, expect, it, vi } from 'vitest'
import {
  apiPaths,
  checkpointPaths,
  MAX_NAMED_CHECKPOINTS,
  sessionCookieName,
  type ApiError,
  type BoardExport,
  type BoardId,
  type CheckpointListResponse,
  type CheckpointResponse,
  type CheckpointSummary,
} from '@common-ground/shared'
import {
  bearer,
  createBoard,
  openProvider,
  startTestServer,
  type TestBoard,
} from '../serverTestkit.testkit.js'

const post = (url: string, id: BoardId, body: unknown, token?: string) =>
  fetch(url + checkpointPaths.list(id), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...bearer(token) },
    body: JSON.stringify(body),
  })

const get = (url: string, path: string, headers: Record<string, string> = {}) =>
  fetch(url + path, { headers })

/** The names of the pages a board's records hold, sorted. */
function pagesOf(records: Record<string, unknown>): string[] {
  return Object.values(records)
    .filter((r) => (r as { typeName?: string }).typeName === 'page')
    .map((r) => String((r as { name: unknown }).name))
    .sort()
}

/** Waits until the board, as stored, has these pages. */
async function storedPages(url: string, board: TestBoard, expected: string[]) {
  await vi.waitFor(async () => {
    const response = await get(
      url,
      apiPaths.boardExport(board.id, 'board.json'),
      bearer(board.tokens.observer),
    )
    const body = (await response.json()) as BoardExport
    expect(pagesOf(body.records)).toEqual(expected)
  })
}

async function list(url: string, board: TestBoard, token: string): Promise<CheckpointSummary[]> {
  const response = await get(url, checkpointPaths.list(board.id), bearer(token))
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  return ((await response.json()) as CheckpointListResponse).checkpoints
}

describe('checkpoint routes', () => {
  it('H9: the facilitator names a checkpoint; anyone reads the board as it was then', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Checkpoints')
    const writer = openProvider(server.url, board.id, { token: board.tokens.participant })
    writer.write('before')
    await storedPages(server.url, board, ['before'])

    const created = await post(
      server.url,
      board.id,
      { label: '  Before the vote ' },
      board.tokens.facilitator,
    )
    expect(created.status).toBe(201)
    const checkpoint = (await created.json()) as CheckpointSummary
    expect(checkpoint).toEqual({
      id: expect.any(Number),
      kind: 'named',
      label: 'Before the vote',
      seq: expect.any(Number),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      bytes: expect.any(Number),
      cards: 0,
    })

    writer.write('after')
    writer.erase('before')
    await storedPages(server.url, board, ['after'])

    for (const token of [board.tokens.observer, board.tokens.participant]) {
      expect(await list(server.url, board, token)).toEqual([checkpoint])
      const response = await get(
        server.url,
        checkpointPaths.one(board.id, checkpoint.id),
        bearer(token),
      )
      expect(response.status).toBe(200)
      const body = (await response.json()) as CheckpointResponse
      expect(body.checkpoint).toEqual(checkpoint)
      expect(pagesOf(body.records)).toEqual(['before'])
      expect(body.schema).toBeDefined()
    }
  })

  it('H9: only the facilitator takes one, with a label; errors are JSON with a reason', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Checkpoints')
    for (const token of [board.tokens.participant, board.tokens.observer]) {
      const response = await post(server.url, board.id, { label: 'x' }, token)
      expect(response.status).toBe(403)
      expect(((await response.json()) as ApiError).error).toBe('forbidden')
    }
    const anonymous = await post(server.url, board.id, { label: 'x' })
    expect(anonymous.status).toBe(401)
    for (const body of [
      {},
      { label: '' },
      { label: '   ' },
      { label: 7 },
      { label: 'a\nb' },
      { label: 'x'.repeat(101) },
    ]) {
      const response = await post(server.url, board.id, body, board.tokens.facilitator)
      expect(response.status).toBe(400)
      const error = (await response.json()) as ApiError
      expect(error.error).toBe('bad_label')
      expect(error.message.length).toBeGreaterThan(10)
    }
    expect(await list(server.url, board, board.tokens.facilitator)).toEqual([])
    const missing = await post(
      server.url,
      'no-such-board-00' as BoardId,
      { label: 'x' },
      board.tokens.facilitator,
    )
    expect(missing.status).toBe(404)
  })

  it('H10: reading needs a link; unknown or foreign checkpoints are 404', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'One')
    const other = await createBoard(server.url, 'Two')
    const created = (await (
      await post(server.url, other.id, { label: 'theirs' }, other.tokens.facilitator)
    ).json()) as CheckpointSummary
    expect((await get(server.url, checkpointPaths.list(board.id))).status).toBe(401)
    expect((await get(server.url, checkpointPaths.one(board.id, created.id))).status).toBe(401)
    for (const id of [created.id, 99999, 'abc', '0', '-1', '1.5']) {
      const response = await get(
        server.url,
        checkpointPaths.one(board.id, id),
        bearer(board.tokens.observer),
      )
      expect(response.status).toBe(404)
      expect(((await response.json()) as ApiError).error).toBe('checkpoint_not_found')
    }
    // A session cookie works as a bearer token does.
    const cookie = `${sessionCookieName(other.id)}=${other.tokens.observer}`
    const response = await get(server.url, checkpointPaths.one(other.id, created.id), { cookie })
    expect(response.status).toBe(200)
  })

  it('H11: archiving keeps an archive checkpoint, readable on the archived board', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Archived', 'ladder')
    const writer = openProvider(server.url, board.id, { token: board.tokens.participant })
    writer.write('last-edit')
    await storedPages(server.url, board, ['Page 1', 'last-edit'])
    const archive = (on: boolean) =>
      fetch(server.url + apiPaths.archive(board.id), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...bearer(board.tokens.facilitator) },
        body: JSON.stringify({ archived: on }),
      })
    expect((await archive(true)).status).toBe(200)
    const [checkpoint, ...rest] = await list(server.url, board, board.tokens.observer)
    expect(rest).toEqual([])
    expect(checkpoint).toMatchObject({ kind: 'archive', label: null })
    const body = (await (
      await get(
        server.url,
        checkpointPaths.one(board.id, checkpoint!.id),
        bearer(board.tokens.observer),
      )
    ).json()) as CheckpointResponse
    expect(pagesOf(body.records)).toEqual(['Page 1', 'last-edit'])
    expect(Object.keys(body.records).some((id) => id.startsWith('shape:'))).toBe(true)
    // The facilitator may still name one on the archived board; reopening takes none.
    expect(
      (await post(server.url, board.id, { label: 'x' }, board.tokens.facilitator)).status,
    ).toBe(201)
    expect((await archive(false)).status).toBe(200)
    expect((await list(server.url, board, board.tokens.observer)).map((c) => c.kind)).toEqual([
      'named',
      'archive',
    ])
  })

  it('H12: checkpoints outlive compaction and a restart', async () => {
    const first = await startTestServer({ limits: { compactAfterUpdates: 2 } })
    const board = await createBoard(first.url, 'Kept')
    const writer = openProvider(first.url, board.id, { token: board.tokens.participant })
    writer.write('one')
    await storedPages(first.url, board, ['one'])
    await post(first.url, board.id, { label: 'One page' }, board.tokens.facilitator)
    for (const name of ['two', 'three', 'four']) writer.write(name)
    await storedPages(first.url, board, ['four', 'one', 'three', 'two'])
    writer.provider.destroy()
    await first.close()
    const second = await startTestServer({ dataDir: first.dataDir })
    const checkpoints = await list(second.url, board, board.tokens.observer)
    const named = checkpoints.find((c) => c.kind === 'named')
    expect(named).toMatchObject({ label: 'One page' })
    // The log was folded into one snapshot; no automatic checkpoint was due, the named
    // one being newer than AUTOMATIC_CHECKPOINT_EVERY_MS (R61).
    expect(checkpoints).toHaveLength(1)
    expect((await second.store.log.load(board.id)).updates).toHaveLength(1)
    const body = (await (
      await get(second.url, checkpointPaths.one(board.id, named!.id), bearer(board.tokens.observer))
    ).json()) as CheckpointResponse
    expect(pagesOf(body.records)).toEqual(['one'])
  })

  it('H9: a board keeps at most MAX_NAMED_CHECKPOINTS named checkpoints', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Many')
    for (let i = 0; i < MAX_NAMED_CHECKPOINTS; i++) {
      await server.store.log.saveCheckpoint(board.id, {
        kind: 'named',
        label: `n${i}`,
        seq: 0,
        snapshot: new Uint8Array([0, 0]),
      })
    }
    const response = await post(
      server.url,
      board.id,
      { label: 'one more' },
      board.tokens.facilitator,
    )
    expect(response.status).toBe(409)
    expect(((await response.json()) as ApiError).error).toBe('too_many_checkpoints')
  })
})
