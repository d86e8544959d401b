import { describe, expect, it, vi } from 'vitest'
import {
  apiPaths,
  ASSET_CARD_TYPE,
  checkpointPaths,
  historyPaths,
  META_TITLE_KEY,
  shapeRecord,
  Y_META,
  type ApiError,
  type BoardId,
  type BoardSummaryResponse,
  type CheckpointListResponse,
  type CheckpointSummary,
  type RestoreCheckpointResponse,
} from '@common-ground/shared'
import { recordParticipant } from '../participation/participants.js'
import {
  bearer,
  createBoard,
  openProvider,
  startTestServer,
  type TestBoard,
} from '../serverTestkit.testkit.js'

const postJson = (url: string, path: string, body: unknown, token?: string) =>
  fetch(url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...bearer(token) },
    body: JSON.stringify(body),
  })

async function named(url: string, board: TestBoard, label: string): Promise<CheckpointSummary> {
  const response = await postJson(
    url,
    checkpointPaths.list(board.id),
    { label },
    board.tokens.facilitator,
  )
  expect(response.status).toBe(201)
  return (await response.json()) as CheckpointSummary
}

/** A valid asset card on the page `page:p`. */
const card = (name: string) =>
  shapeRecord(
    { id: `shape:${name}` as never, parentId: 'page:p' as never, index: 'a1' as never, x: 0, y: 0 },
    ASSET_CARD_TYPE,
    {
      w: 220,
      h: 140,
      title: name,
      description: '',
      kind: 'place',
      heldBy: '',
      heldByPersonId: null,
      addedBy: '',
    },
  )

describe('restoring a checkpoint', () => {
  it('H27: everyone connected sees the board as it was; the board before is kept, so the restore undoes', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Restore me')
    const alice = openProvider(server.url, board.id, { token: board.tokens.participant })
    const bob = openProvider(server.url, board.id, { token: board.tokens.participant })
    alice.write('one')
    await vi.waitFor(() => expect(bob.content()).toBe('one'))
    const before = await named(server.url, board, 'Before voting')

    alice.write('two')
    alice.erase('one')
    await vi.waitFor(() => expect(bob.content()).toBe('two'))

    // Only the facilitator restores.
    for (const token of [board.tokens.participant, board.tokens.observer]) {
      const refused = await postJson(
        server.url,
        checkpointPaths.restore(board.id, before.id),
        {},
        token,
      )
      expect(refused.status).toBe(403)
    }
    const response = await postJson(
      server.url,
      checkpointPaths.restore(board.id, before.id),
      {},
      board.tokens.facilitator,
    )
    expect(response.status).toBe(200)
    const restored = (await response.json()) as RestoreCheckpointResponse
    expect(restored.restored.id).toBe(before.id)
    expect(restored.before.kind).toBe('restore')
    // Both browsers see it, as a change they did not make.
    await vi.waitFor(() => expect(alice.content()).toBe('one'))
    await vi.waitFor(() => expect(bob.content()).toBe('one'))

    // Nothing was destroyed: restoring the checkpoint taken before undoes the restore.
    const undo = await postJson(
      server.url,
      checkpointPaths.restore(board.id, restored.before.id),
      {},
      board.tokens.facilitator,
    )
    expect(undo.status).toBe(200)
    await vi.waitFor(() => expect(bob.content()).toBe('two'))
    const listed = (await (
      await fetch(server.url + checkpointPaths.list(board.id), {
        headers: bearer(board.tokens.observer),
      })
    ).json()) as CheckpointListResponse
    expect(listed.checkpoints.map((c) => c.kind)).toEqual(['restore', 'restore', 'named'])

    // Edits go on as before after a restore.
    bob.write('three')
    await vi.waitFor(() => expect(alice.content()).toBe('three two'))
  })

  it('H27: an unknown checkpoint is 404 and an archived board 409; neither changes anything', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'No restore')
    const checkpoint = await named(server.url, board, 'x')
    for (const id of ['999999', 'abc']) {
      const response = await postJson(
        server.url,
        checkpointPaths.restore(board.id, id),
        {},
        board.tokens.facilitator,
      )
      expect(response.status).toBe(404)
      expect(((await response.json()) as ApiError).error).toBe('checkpoint_not_found')
    }
    await postJson(
      server.url,
      apiPaths.archive(board.id),
      { archived: true },
      board.tokens.facilitator,
    )
    const archived = await postJson(
      server.url,
      checkpointPaths.restore(board.id, checkpoint.id),
      {},
      board.tokens.facilitator,
    )
    expect(archived.status).toBe(409)
    expect(((await archived.json()) as ApiError).error).toBe('board_archived')
  })

  it('H25: the list says how many cards each checkpoint holds', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Cards')
    const writer = openProvider(server.url, board.id, { token: board.tokens.participant })
    await named(server.url, board, 'empty')
    writer.write('p')
    writer.records.set('shape:a', card('a') as never)
    writer.records.set('shape:b', card('b') as never)
    await vi.waitFor(async () => {
      const taken = await named(server.url, board, 'two cards')
      expect(taken.cards).toBe(2)
    })
    const listed = (await (
      await fetch(server.url + checkpointPaths.list(board.id), {
        headers: bearer(board.tokens.observer),
      })
    ).json()) as CheckpointListResponse
    expect(listed.checkpoints.at(0)!.cards).toBe(2)
    expect(listed.checkpoints.at(-1)!.cards).toBe(0)
  })
})

describe('renaming a board', () => {
  it('H28, H29: the facilitator renames it; the title changes for new visitors and connected browsers', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Old name')
    const watcher = openProvider(server.url, board.id, { token: board.tokens.observer })
    await vi.waitFor(() => expect(watcher.provider.synced).toBe(true))

    const refused = await postJson(
      server.url,
      historyPaths.title(board.id),
      { title: 'Mine now' },
      board.tokens.participant,
    )
    expect(refused.status).toBe(403)
    for (const title of ['', '   ', 'a\nb', 'x'.repeat(500), 7]) {
      const bad = await postJson(
        server.url,
        historyPaths.title(board.id),
        { title },
        board.tokens.facilitator,
      )
      expect(bad.status).toBe(400)
      expect(((await bad.json()) as ApiError).error).toBe('bad_title')
    }

    const renamed = await postJson(
      server.url,
      historyPaths.title(board.id),
      { title: '  Youth services, autumn ' },
      board.tokens.facilitator,
    )
    expect(renamed.status).toBe(200)
    expect(await renamed.json()).toEqual({ title: 'Youth services, autumn' })
    const info = await (
      await fetch(server.url + apiPaths.board(board.id), { headers: bearer(board.tokens.observer) })
    ).json()
    expect(info).toMatchObject({ title: 'Youth services, autumn' })
    await vi.waitFor(() =>
      expect(watcher.doc.getMap(Y_META).get(META_TITLE_KEY)).toBe('Youth services, autumn'),
    )
  })
})

describe('the session summary of the read view', () => {
  it('H30: dates and people by way of taking part, no names', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Summary')
    const empty = (await (
      await fetch(server.url + historyPaths.summary(board.id), {
        headers: bearer(board.tokens.observer),
      })
    ).json()) as BoardSummaryResponse
    expect(empty).toMatchObject({ title: 'Summary', archived: false, started: null, ended: null })
    expect(empty.participation.people).toBe(0)

    expect(server.secrets).toBeDefined()
    const at = (time: string) => new Date(`2026-11-30T${time}:00Z`)
    await recordParticipant(server.secrets!, board.id as BoardId, 'p1', 'professional', at('10:00'))
    await recordParticipant(server.secrets!, board.id as BoardId, 'p2', 'service-user', at('10:05'))
    await recordParticipant(server.secrets!, board.id as BoardId, 'p3', 'service-user', at('11:30'))
    await postJson(
      server.url,
      apiPaths.archive(board.id),
      { archived: true },
      board.tokens.facilitator,
    )
    const summary = (await (
      await fetch(server.url + historyPaths.summary(board.id), {
        headers: bearer(board.tokens.observer),
      })
    ).json()) as BoardSummaryResponse
    expect(summary).toMatchObject({
      archived: true,
      started: '2026-11-30T10:00:00.000Z',
      ended: '2026-11-30T11:30:00.000Z',
      archivedAt: expect.stringMatching(/^\d{4}-/),
    })
    expect(summary.participation.people).toBe(3)
    expect(summary.participation.byGroup).toMatchObject({ professional: 1, 'service-user': 2 })
    expect(JSON.stringify(summary)).not.toContain('p1')
  })
})
