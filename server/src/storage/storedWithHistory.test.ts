import Database from 'better-sqlite3'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import {
  apiPaths,
  ASSET_CARD_TYPE,
  BOARD_TOO_NEW_MESSAGE,
  checkpointPaths,
  CloseCode,
  DEFAULT_LIMITS,
  META_SCHEMA_KEY,
  PERSON_TYPE,
  readBoardRecords,
  shapeRecord,
  Y_META,
  type BoardExport,
  type BoardId,
  type CheckpointListResponse,
  type CheckpointResponse,
  type Role,
} from '@common-ground/shared'
import * as Y from 'yjs'
import { readStoredBoard } from '../export/storedBoard.js'
import { readBoardUpdates } from '../export/storedBoard.js'
import { RoomManager } from '../room/RoomManager.js'
import { access, settle, silentLogger, TestClient } from '../room/roomTestkit.testkit.js'
import {
  bearer,
  createBoard,
  openProvider,
  openSocket,
  startTestServer,
  tempDir,
} from '../serverTestkit.testkit.js'
import { SQLITE_FILE } from '../startServer.js'
import { SqliteBoardStore } from './SqliteBoardStore.js'
import { MIGRATIONS } from './sqliteMigrations.js'

/**
 * H32–H35: boards as this version stores them, committed as fixtures and read by every
 * later version: they must open (a room loads them), read (the board-document module),
 * and export. `CG_WRITE_FIXTURES=1` wrote them once (see fixtures/README.md); never again.
 */
const fixtures = new URL('./fixtures/', import.meta.url)
const FIXTURE_DB = 'boards-with-history.sqlite'
const FIXTURE_JSON = 'boards-with-history.json'

interface FixtureCheckpoint {
  id: number
  kind: string
  label: string | null
  seq: number
  records: Record<string, unknown>
}
interface FixtureBoard {
  id: BoardId
  title: string
  archived: boolean
  tokens: Record<Role, string>
  lastSeq: number
  records: Record<string, unknown>
  checkpoints: FixtureCheckpoint[]
  /** Titles of the asset cards, which the CSV export lists. */
  cardTitles: string[]
}
interface Fixture {
  writtenBy: string
  boards: { logAndCheckpoint: FixtureBoard; logAfterCheckpoint: FixtureBoard }
}

const place = (id: string, parentId: string, x: number) => ({
  id: id as never,
  parentId: parentId as never,
  index: `a${x}` as never,
  x: x * 240,
  y: 100,
})
const assetCard = (name: string, parentId: string, x: number) =>
  shapeRecord(place(`shape:${name}`, parentId, x), ASSET_CARD_TYPE, {
    w: 220,
    h: 140,
    title: name,
    description: `What ${name} brings`,
    kind: 'skill',
    heldBy: '',
    heldByPersonId: null,
    addedBy: 'Fixture',
  })
const personCard = (name: string, parentId: string, x: number) =>
  shapeRecord(place(`shape:${name}`, parentId, x), PERSON_TYPE, {
    w: 180,
    h: 110,
    label: name,
    takesPartAs: 'community',
    organisation: '',
    participantId: null,
  })

function openCopy(): { file: string; dataDir: string } {
  const dataDir = tempDir('cg-history-fixture-')
  const file = join(dataDir, SQLITE_FILE)
  copyFileSync(new URL(FIXTURE_DB, fixtures), file)
  return { file, dataDir }
}

function readFixture(): Fixture {
  return JSON.parse(readFileSync(new URL(FIXTURE_JSON, fixtures), 'utf8')) as Fixture
}

describe.runIf(process.env.CG_WRITE_FIXTURES === '1')('writing the history fixtures', () => {
  it('writes boards-with-history.sqlite and .json with this version', async () => {
    const server = await startTestServer({ limits: { compactAfterUpdates: 4 } })
    const post = (path: string, body: unknown, token: string) =>
      fetch(server.url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...bearer(token) },
        body: JSON.stringify(body),
      })
    const one = await createBoard(server.url, 'Youth services, autumn', 'asset-map')
    const two = await createBoard(server.url, 'Neighbourhood time bank', 'coproduction-grid')
    for (const board of [one, two]) {
      const writer = openProvider(server.url, board.id, { token: board.tokens.participant })
      await vi.waitFor(() => expect(writer.provider.synced).toBe(true))
      const page = [...writer.records.map.keys()].find((key) => key.startsWith('page:'))!
      const cards = [
        assetCard('Cooking', page, 1),
        assetCard('Minibus', page, 2),
        assetCard('Gone', page, 3),
        personCard('Amira', page, 4),
      ]
      for (const card of cards) writer.records.set(card.id, card as never)
      writer.records.set('shape:Minibus', { ...cards[1]!, x: 900 } as never)
      writer.records.delete('shape:Gone')
      await vi.waitFor(async () => {
        const stored = await readStoredBoard(server.store.log, board.id)
        expect(Object.keys(stored.records)).toContain('shape:Amira')
        expect(Object.keys(stored.records)).not.toContain('shape:Gone')
      })
      expect(
        (
          await post(
            checkpointPaths.list(board.id),
            { label: 'Before voting' },
            board.tokens.facilitator,
          )
        ).status,
      ).toBe(201)
      if (board === two) {
        // The log goes on after the checkpoint.
        writer.records.set('shape:Later', assetCard('Later', page, 5) as never)
        await vi.waitFor(async () => {
          const stored = await readStoredBoard(server.store.log, board.id)
          expect(Object.keys(stored.records)).toContain('shape:Later')
        })
      } else {
        expect(
          (await post(apiPaths.archive(board.id), { archived: true }, board.tokens.facilitator))
            .status,
        ).toBe(200)
      }
      writer.provider.destroy()
    }
    await server.rooms.closeAll()
    const describeBoard = async (board: typeof one, archived: boolean): Promise<FixtureBoard> => {
      const stored = await readStoredBoard(server.store.log, board.id)
      const checkpoints: FixtureCheckpoint[] = []
      for (const info of await server.store.log.listCheckpoints(board.id)) {
        const full = (await server.store.log.loadCheckpoint(board.id, info.id))!
        checkpoints.push({
          id: info.id,
          kind: info.kind,
          label: info.label,
          seq: info.seq,
          records: readBoardUpdates([full.snapshot]).records,
        })
      }
      return {
        id: board.id,
        title: (await server.store.boards.getBoard(board.id))!.title,
        archived,
        tokens: board.tokens,
        lastSeq: (await server.store.log.load(board.id)).lastSeq,
        records: stored.records,
        checkpoints,
        cardTitles: Object.values(stored.records)
          .filter((r) => (r as { type?: string }).type === ASSET_CARD_TYPE)
          .map((r) => String((r as { props: { title: string } }).props.title))
          .sort(),
      }
    }
    const fixture: Fixture = {
      writtenBy: 'issue 13 (history, archive read view), schema version ' + MIGRATIONS.length,
      boards: {
        logAndCheckpoint: await describeBoard(one, true),
        logAfterCheckpoint: await describeBoard(two, false),
      },
    }
    await server.close()
    const dir = fileURLToPath(fixtures)
    mkdirSync(dir, { recursive: true })
    copyFileSync(join(server.dataDir, SQLITE_FILE), join(dir, FIXTURE_DB))
    writeFileSync(join(dir, FIXTURE_JSON), JSON.stringify(fixture, null, 2) + '\n')
  })
})

describe.skipIf(process.env.CG_WRITE_FIXTURES === '1')(
  'boards stored with history (issue 13)',
  () => {
    // Read inside each test: the describe is collected even while the fixtures are written.
    const fixtureBoards = () => {
      const fixture = readFixture()
      return { fixture, boards: Object.entries(fixture.boards) }
    }

    it('H32: they read: the same records, log, checkpoints and board records', async () => {
      const { fixture, boards } = fixtureBoards()
      const { file } = openCopy()
      const store = new SqliteBoardStore(file)
      try {
        for (const [, board] of boards) {
          expect((await readStoredBoard(store.log, board.id)).records).toEqual(board.records)
          expect((await store.log.load(board.id)).lastSeq).toBe(board.lastSeq)
          expect(await store.boards.getBoard(board.id)).toMatchObject({
            title: board.title,
            archived: board.archived,
          })
          const checkpoints = await store.log.listCheckpoints(board.id)
          expect(checkpoints.map(({ id, kind, label, seq }) => ({ id, kind, label, seq }))).toEqual(
            board.checkpoints.map(({ id, kind, label, seq }) => ({ id, kind, label, seq })),
          )
          for (const checkpoint of board.checkpoints) {
            const stored = (await store.log.loadCheckpoint(board.id, checkpoint.id))!
            expect(readBoardUpdates([stored.snapshot]).records).toEqual(checkpoint.records)
          }
        }
        const later = fixture.boards.logAfterCheckpoint
        expect(later.checkpoints.at(-1)!.seq).toBeLessThan(later.lastSeq)
      } finally {
        await store.close()
      }
    })

    it('H33: they open: a room loads each board and a client gets every record', async () => {
      const { boards } = fixtureBoards()
      const { file } = openCopy()
      const store = new SqliteBoardStore(file)
      try {
        for (const [, board] of boards) {
          const manager = new RoomManager({
            store: store.log,
            limits: DEFAULT_LIMITS,
            logger: silentLogger,
          })
          const reader = new TestClient('reader')
          reader.connect(manager, board.id, access('observer'))
          await settle(manager, [reader])
          expect(reader.closedWith).toBeNull()
          const records = readBoardRecords(reader.doc)
          for (const id of Object.keys(board.records)) expect(records).toHaveProperty([id])
          await manager.closeAll()
        }
      } finally {
        await store.close()
      }
    })

    it('H34: they export (board.json, CSV) and their checkpoints are listed and restorable', async () => {
      const { fixture, boards } = fixtureBoards()
      const { dataDir } = openCopy()
      const server = await startTestServer({ dataDir })
      for (const [, board] of boards) {
        const get = (path: string) =>
          fetch(server.url + path, { headers: bearer(board.tokens.observer) })
        const json = (await (
          await get(apiPaths.boardExport(board.id, 'board.json'))
        ).json()) as BoardExport
        expect(json.title).toBe(board.title)
        for (const id of Object.keys(board.records)) expect(json.records).toHaveProperty([id])
        const csv = await (await get(apiPaths.boardExport(board.id, 'assets.csv'))).text()
        for (const title of board.cardTitles) expect(csv).toContain(title)
        const listed = (await (
          await get(checkpointPaths.list(board.id))
        ).json()) as CheckpointListResponse
        expect(listed.checkpoints.map((c) => c.id)).toEqual(
          board.checkpoints.map((c) => c.id).reverse(),
        )
        const named = board.checkpoints.find((c) => c.kind === 'named')!
        const one = (await (
          await get(checkpointPaths.one(board.id, named.id))
        ).json()) as CheckpointResponse
        expect(one.records).toEqual(named.records)
      }
      // The board with a log after its checkpoint goes back to it.
      const later = fixture.boards.logAfterCheckpoint
      const named = later.checkpoints.find((c) => c.kind === 'named')!
      const restored = await fetch(server.url + checkpointPaths.restore(later.id, named.id), {
        method: 'POST',
        headers: bearer(later.tokens.facilitator),
      })
      expect(restored.status).toBe(200)
      expect((await readStoredBoard(server.store.log, later.id)).records).toEqual(named.records)
    })
  },
)

describe('a board stored by a newer server', () => {
  it('H35: a database at a newer schema version is refused with a clear message and left as it is', () => {
    const { file } = openCopy()
    const db = new Database(file)
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    db.close()
    const before = readFileSync(file)
    expect(() => new SqliteBoardStore(file)).toThrow(/newer than this server knows/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('H31: a board whose schema is newer is refused over HTTP (409) and WebSocket (BoardTooNew), never changed', async () => {
    const { dataDir } = openCopy()
    const server = await startTestServer({ dataDir })
    const board = readFixture().boards.logAfterCheckpoint
    // What a newer server would have written: a migration this one does not know.
    const doc = new Y.Doc()
    for (const update of (await server.store.log.load(board.id)).updates) Y.applyUpdate(doc, update)
    const schema = doc.getMap<{ sequences: Record<string, number> }>(Y_META).get(META_SCHEMA_KEY)!
    const newer = { ...schema, sequences: { ...schema.sequences, 'com.example.future': 1 } }
    const before = Y.encodeStateVector(doc)
    doc.getMap(Y_META).set(META_SCHEMA_KEY, newer)
    await server.store.log.append(board.id, Y.encodeStateAsUpdate(doc, before))
    const lastSeq = (await server.store.log.load(board.id)).lastSeq

    for (const path of [
      apiPaths.boardExport(board.id, 'board.json'),
      apiPaths.boardExport(board.id, 'assets.csv'),
    ]) {
      const response = await fetch(server.url + path, { headers: bearer(board.tokens.observer) })
      expect(response.status).toBe(409)
      expect(await response.json()).toEqual({
        error: 'board_too_new',
        message: BOARD_TOO_NEW_MESSAGE,
      })
    }
    const named = board.checkpoints.find((c) => c.kind === 'named')!
    const restore = await fetch(server.url + checkpointPaths.restore(board.id, named.id), {
      method: 'POST',
      headers: bearer(board.tokens.facilitator),
    })
    expect(restore.status).toBe(409)

    const socket = openSocket(server.url, board.id, board.tokens.participant)
    const closed = await new Promise<{ code: number; reason: string }>((resolve) =>
      socket.addEventListener('close', (event) =>
        resolve({ code: event.code, reason: event.reason }),
      ),
    )
    expect(closed).toEqual({ code: CloseCode.BoardTooNew, reason: BOARD_TOO_NEW_MESSAGE })
    expect((await server.store.log.load(board.id)).lastSeq).toBe(lastSeq)
  })
})
