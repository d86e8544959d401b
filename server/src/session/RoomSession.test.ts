import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  CloseCode,
  emptySessionProps,
  MAX_STAGES,
  MINUTE_MS,
  SESSION_SHAPE_ID,
  SESSION_TYPE,
  type CommandReply,
  type Role,
  type SessionProps,
} from '@common-ground/shared'
import { templateBoardUpdate } from '../templates/templateBoard.js'
import {
  access,
  createManager,
  putRecords,
  recordsOf,
  settle,
  storedDoc,
  TestClient,
  testPersonId,
} from '../room/roomTestkit.testkit.js'
import { readSessionProps } from './readSession.js'
import { nextSession } from './sessionCommands.js'

const BOARD = 'session'

/** A board made from the full workshop template, and people on it. */
async function workshop(people: [string, Role][], template = 'full-workshop' as const) {
  const rig = createManager()
  await rig.store.append(BOARD as never, templateBoardUpdate(template))
  const clients = people.map(([name, role]) => {
    const client = new TestClient(name)
    client.connect(rig.manager, BOARD, access(role, false, testPersonId(name)))
    return client
  })
  await settle(rig.manager, clients)
  let nextRequest = 1
  const command = async (client: TestClient, body: unknown): Promise<CommandReply> => {
    const id = nextRequest++
    // R45 allows a burst of 20 commands: a second passes between each of the test's.
    rig.timers.advance(1000)
    client.sendCommand(id, body)
    await settle(rig.manager, clients)
    const reply = client.replies.get(id)
    expect(reply, `a reply to request ${id}`).toBeDefined()
    return reply!
  }
  const act = (client: TestClient, args: Record<string, unknown>) =>
    command(client, { name: 'session', args })
  return { ...rig, clients, command, act }
}

function sessionIn(doc: Y.Doc): SessionProps | undefined {
  const entry = recordsOf(doc)
    .toArray()
    .find(({ key }) => key === SESSION_SHAPE_ID)
  return (entry?.val as { props: SessionProps } | undefined)?.props
}

const refused = (error: string) => expect.objectContaining({ ok: false, error })

describe('running a session', () => {
  it('R85: a template board starts with a stage per frame, the first one current', async () => {
    const { clients } = await workshop([['Fay', 'facilitator']])
    const session = sessionIn(clients[0]!.doc)!
    expect(session.stages.length).toBeGreaterThan(1)
    expect(session.stages.map((s) => s.frameId)).toEqual(
      recordsOf(clients[0]!.doc)
        .toArray()
        .filter(
          ({ val }) =>
            (val as { type?: string; parentId?: string }).type === 'frame' &&
            (val as { parentId?: string }).parentId === 'page:page',
        )
        .map(({ key }) => key),
    )
    expect(session.currentStageId).toBe(session.stages[0]!.id)
    expect(session.stages[0]!.name).toMatch(/^1\. /)
  })

  it('R82: anyone, an observer too, can read the server clock', async () => {
    const { clients, command } = await workshop([['Olu', 'observer']])
    const before = Date.now()
    const reply = await command(clients[0]!, { name: 'clock', args: {} })
    expect(reply.ok).toBe(true)
    const { serverTime } = (reply as { result: { serverTime: number } }).result
    expect(serverTime).toBeGreaterThanOrEqual(before)
    expect(serverTime).toBeLessThanOrEqual(Date.now())
  })

  it('R83: only a facilitator changes the session; a participant and an observer are refused', async () => {
    const { clients, act } = await workshop([
      ['Fay', 'facilitator'],
      ['Pat', 'participant'],
      ['Olu', 'observer'],
    ])
    const [, pat, olu] = clients
    const before = sessionIn(pat!.doc)
    const actions = [
      { action: 'addStage', name: 'Mine', frameId: null, plannedMinutes: null },
      { action: 'setStage', stageId: before!.stages[1]!.id },
      { action: 'startTimer', durationMs: 60_000 },
      { action: 'bringHere', x: 0, y: 0, w: 100, h: 100 },
      { action: 'follow', on: true },
    ]
    for (const args of actions) {
      expect(await act(pat!, args)).toEqual(refused('not-facilitator'))
      expect(await act(olu!, args)).toEqual(refused('read-only'))
    }
    for (const client of clients) expect(sessionIn(client.doc)).toEqual(before)
    expect(pat!.closedWith).toBeNull()
  })

  it('R38, R81: a client writing the session record itself is closed with ServerOnly', async () => {
    const { clients, manager } = await workshop([
      ['Fay', 'facilitator'],
      ['Pat', 'participant'],
    ])
    const [fay, pat] = clients
    const forged = {
      ...(recordsOf(fay!.doc)
        .toArray()
        .find(({ key }) => key === SESSION_SHAPE_ID)!.val as object),
      props: { ...emptySessionProps(), followId: testPersonId('Fay') },
    }
    putRecords(fay!.doc, forged as Record<string, unknown>)
    await settle(manager, clients)
    expect(fay!.closedWith).toBe(CloseCode.ServerOnly)
    expect(sessionIn(pat!.doc)!.followId).toBeNull()
  })

  it('R84: names, durations, positions and stage counts are bounded', async () => {
    const { clients, act } = await workshop([['Fay', 'facilitator']], 'grid' as never)
    const [fay] = clients
    expect(await act(fay!, { action: 'addStage', name: 'x'.repeat(81) })).toEqual(
      refused('bad-command'),
    )
    expect(await act(fay!, { action: 'addStage', name: '   ' })).toEqual(refused('bad-command'))
    expect(
      await act(fay!, { action: 'addStage', name: 'A', frameId: 'not a shape', plannedMinutes: 1 }),
    ).toEqual(refused('bad-command'))
    expect(await act(fay!, { action: 'startTimer', durationMs: -5 })).toEqual(
      refused('bad-command'),
    )
    expect(await act(fay!, { action: 'startTimer', durationMs: 11 * 3600_000 })).toEqual(
      refused('bad-command'),
    )
    expect(await act(fay!, { action: 'bringHere', x: 0, y: 0, w: 0, h: 10 })).toEqual(
      refused('bad-command'),
    )
    expect(await act(fay!, { action: 'launch' })).toEqual(refused('bad-command'))
    let count = sessionIn(fay!.doc)!.stages.length
    while (count < MAX_STAGES) {
      expect((await act(fay!, { action: 'addStage', name: `S${count}` })).ok).toBe(true)
      count++
    }
    expect(await act(fay!, { action: 'addStage', name: 'One too many' })).toEqual(
      refused('too-many-stages'),
    )
    expect(sessionIn(fay!.doc)!.stages).toHaveLength(MAX_STAGES)
    expect(fay!.closedWith).toBeNull()
  })

  it('R86: a facilitator adds, renames, reorders and removes stages; everyone receives them', async () => {
    const { clients, act } = await workshop([
      ['Fay', 'facilitator'],
      ['Pat', 'participant'],
    ])
    const [fay, pat] = clients
    const first = sessionIn(pat!.doc)!.stages
    expect(
      (await act(fay!, { action: 'addStage', name: 'Break', frameId: null, plannedMinutes: 10 }))
        .ok,
    ).toBe(true)
    let stages = sessionIn(pat!.doc)!.stages
    const added = stages.at(-1)!
    expect(added).toMatchObject({ name: 'Break', frameId: null, plannedMinutes: 10 })
    await act(fay!, {
      action: 'updateStage',
      stageId: added.id,
      name: 'Tea',
      frameId: null,
      plannedMinutes: 15,
    })
    await act(fay!, { action: 'moveStage', stageId: added.id, to: 0 })
    stages = sessionIn(pat!.doc)!.stages
    expect(stages[0]).toMatchObject({ id: added.id, name: 'Tea', plannedMinutes: 15 })
    expect(stages.slice(1)).toEqual(first)
    await act(fay!, { action: 'removeStage', stageId: first[0]!.id })
    stages = sessionIn(pat!.doc)!.stages
    expect(stages.map((s) => s.id)).not.toContain(first[0]!.id)
    expect(sessionIn(pat!.doc)!.currentStageId).toBeNull()
    expect(await act(fay!, { action: 'removeStage', stageId: first[0]!.id })).toEqual(
      refused('no-such-stage'),
    )
  })

  it('R87: moving to a stage is received by everyone and takes a stage checkpoint named for it', async () => {
    const { clients, act, store } = await workshop([
      ['Fay', 'facilitator'],
      ['Pat', 'participant'],
    ])
    const [fay, pat] = clients
    const session = sessionIn(pat!.doc)!
    const second = session.stages[1]!
    expect((await act(fay!, { action: 'setStage', stageId: second.id })).ok).toBe(true)
    const after = sessionIn(pat!.doc)!
    expect(after.currentStageId).toBe(second.id)
    expect(after.stageSeq).toBe(session.stageSeq + 1)
    const checkpoints = await store.listCheckpoints(BOARD as never)
    expect(checkpoints).toEqual([expect.objectContaining({ kind: 'stage', label: second.name })])
    expect(await act(fay!, { action: 'setStage', stageId: 'stage-999' })).toEqual(
      refused('no-such-stage'),
    )
  })

  it('R88: the timer counts down on the server clock; pause, resume, add a minute, stop', async () => {
    const { clients, act } = await workshop([
      ['Fay', 'facilitator'],
      ['Pat', 'participant'],
    ])
    const [fay, pat] = clients
    expect(await act(fay!, { action: 'pauseTimer' })).toEqual(refused('no-timer'))
    const start = await act(fay!, { action: 'startTimer', durationMs: 5 * MINUTE_MS })
    const serverTime = (start as { result: { serverTime: number } }).result.serverTime
    let timer = sessionIn(pat!.doc)!.timer!
    expect(timer).toEqual({
      durationMs: 5 * MINUTE_MS,
      endsAt: serverTime + 5 * MINUTE_MS,
      remainingMs: 5 * MINUTE_MS,
    })
    await act(fay!, { action: 'pauseTimer' })
    timer = sessionIn(pat!.doc)!.timer!
    expect(timer.endsAt).toBeNull()
    expect(timer.remainingMs).toBeGreaterThan(5 * MINUTE_MS - 5000)
    expect(timer.remainingMs).toBeLessThanOrEqual(5 * MINUTE_MS)
    const paused = timer.remainingMs
    await act(fay!, { action: 'addMinute' })
    expect(sessionIn(pat!.doc)!.timer!.remainingMs).toBe(paused + MINUTE_MS)
    const resume = await act(fay!, { action: 'resumeTimer' })
    const resumedAt = (resume as { result: { serverTime: number } }).result.serverTime
    expect(sessionIn(pat!.doc)!.timer!.endsAt).toBe(resumedAt + paused + MINUTE_MS)
    await act(fay!, { action: 'stopTimer' })
    expect(sessionIn(pat!.doc)!.timer).toBeNull()
  })

  it("R88: a timer without a duration takes the current stage's planned one, or is refused", async () => {
    const { clients, act } = await workshop([['Fay', 'facilitator']])
    const [fay] = clients
    expect(await act(fay!, { action: 'startTimer', durationMs: null })).toEqual(
      refused('no-duration'),
    )
    const stage = sessionIn(fay!.doc)!.stages[0]!
    await act(fay!, { ...stage, action: 'updateStage', stageId: stage.id, plannedMinutes: 7 })
    expect((await act(fay!, { action: 'startTimer' })).ok).toBe(true)
    expect(sessionIn(fay!.doc)!.timer!.durationMs).toBe(7 * MINUTE_MS)
  })

  it('R89: the session is stored with the board: a new room after a restart has it', async () => {
    const { clients, act, store } = await workshop([['Fay', 'facilitator']])
    const [fay] = clients
    await act(fay!, { action: 'startTimer', durationMs: 2 * MINUTE_MS })
    const expected = sessionIn(fay!.doc)
    const stored = await storedDoc(store, BOARD)
    expect(sessionIn(stored)).toEqual(expected)
    expect(stored.getArray('records').length).toBeGreaterThan(0)
  })

  it('R90, R91: bring everyone here and follow me, received by everyone, named for the facilitator', async () => {
    const { clients, act } = await workshop([
      ['Fay', 'facilitator'],
      ['Pat', 'participant'],
    ])
    const [fay, pat] = clients
    await act(fay!, { action: 'bringHere', x: 10, y: 20, w: 300, h: 200 })
    await act(fay!, { action: 'bringHere', x: 11, y: 21, w: 301, h: 201 })
    expect(sessionIn(pat!.doc)!.bring).toEqual({ seq: 2, x: 11, y: 21, w: 301, h: 201 })
    await act(fay!, { action: 'follow', on: true })
    expect(sessionIn(pat!.doc)!.followId).toBe(testPersonId('Fay'))
    await act(fay!, { action: 'follow', on: false })
    expect(sessionIn(pat!.doc)!.followId).toBeNull()
  })

  it("R92: a template's frames and instructions arrive locked; a participant's unlock is refused", async () => {
    const { clients, manager } = await workshop([
      ['Fay', 'facilitator'],
      ['Pat', 'participant'],
    ])
    const [fay, pat] = clients
    const records = recordsOf(pat!.doc)
      .toArray()
      .map(({ val }) => val as { id: string; type?: string; isLocked?: boolean })
    const frames = records.filter((r) => r.type === 'frame')
    const instructions = records.filter((r) => r.id.endsWith('.instructions'))
    expect(frames.length).toBeGreaterThan(0)
    expect(instructions.length).toBe(frames.length)
    for (const record of [...frames, ...instructions]) expect(record.isLocked).toBe(true)
    putRecords(pat!.doc, { ...frames[0]!, isLocked: false })
    await settle(manager, clients)
    expect(pat!.closedWith).toBe(CloseCode.Locked)
    const still = recordsOf(fay!.doc)
      .toArray()
      .find(({ key }) => key === frames[0]!.id)!.val as { isLocked: boolean }
    expect(still.isLocked).toBe(true)
  })

  it('R84: a broken stored session record is read as no session, never trusted', () => {
    const record = (props: unknown) => ({ typeName: 'shape', type: SESSION_TYPE, props })
    expect(readSessionProps(record({ ...emptySessionProps(), stages: 'nope' }))).toBeNull()
    expect(readSessionProps(record({ ...emptySessionProps(), stageSeq: -1 }))).toBeNull()
    expect(
      readSessionProps({ typeName: 'shape', type: 'geo', props: emptySessionProps() }),
    ).toBeNull()
    expect(readSessionProps(record(emptySessionProps()))).toEqual(emptySessionProps())
  })

  it('nextSession: adding a minute to a running timer moves its end a minute later', () => {
    const running = {
      ...emptySessionProps(),
      timer: { durationMs: MINUTE_MS, endsAt: 1_000_000 + 30_000, remainingMs: MINUTE_MS },
    }
    const next = nextSession(running, { action: 'addMinute' }, 1_000_000, 'p')
    expect(next.timer).toEqual({
      durationMs: 2 * MINUTE_MS,
      endsAt: 1_000_000 + 90_000,
      remainingMs: 90_000,
    })
  })
})
