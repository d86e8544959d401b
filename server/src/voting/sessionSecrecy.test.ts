import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import {
  apiPaths,
  PRIVATE_FRAME_TYPE,
  VOTE_TYPE,
  wsServerUrl,
  Y_RECORDS,
} from '@common-ground/shared'
import { bearer, createBoard, startTestServer } from '../serverTestkit.testkit.js'
import { browserSession, RawClient } from '../hardening/rawClient.testkit.js'
import { cardRecord, frameRecord } from './sessionTestkit.testkit.js'

type Result = { ok: boolean; result?: Record<string, unknown>; error?: string }

describe('votes and private mode over a real server, byte for byte', () => {
  it('R100, R106, R108, R103: before reveal a raw client (and the facilitator) receives no dot, no count of dots, no hidden text nor author; after reveal it receives all of it; the vote is in votes.csv', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Secret session', 'asset-map')
    const url = `${wsServerUrl(server.url)}/${board.id}`

    // Alice's browser: a session and a person cookie, so a person of her own.
    const { info: alice, cookies } = await browserSession(
      server.url,
      board.id,
      board.tokens.participant,
    )

    const fran = new RawClient(new WebSocket(url, { headers: bearer(board.tokens.facilitator) }))
    const eve = new RawClient(new WebSocket(url, { headers: bearer(board.tokens.participant) }))
    const mine = new RawClient(new WebSocket(url, { headers: { Cookie: cookies } }))
    await Promise.all([fran.opened, eve.opened, mine.opened])
    await expect.poll(() => fran.records().length).toBeGreaterThan(0)
    const pageId = (
      fran.records().find((r) => (r as { typeName?: string }).typeName === 'page') as {
        id: string
      }
    ).id
    const frame = { ...frameRecord('stage'), parentId: pageId }
    fran.write((doc) =>
      doc.getArray(Y_RECORDS).push([
        { key: 'shape:stage', val: frame },
        { key: 'shape:bus', val: cardRecord('bus', 'shape:stage') },
        { key: 'shape:cafe', val: cardRecord('cafe', 'shape:stage') },
      ]),
    )
    await expect.poll(() => eve.records().length).toBe(fran.records().length)

    // A vote and a private frame, both started by the facilitator.
    const started = (await fran.command({
      name: 'startVote',
      args: {
        parentId: 'shape:stage',
        title: 'Which first',
        cardIds: ['shape:bus', 'shape:cafe'],
        dotsPerPerson: 5,
        maxPerCard: 0,
        anonymous: false,
      },
    })) as Result
    const voteId = started.result!.voteId as string
    expect(
      await fran.command({
        name: 'privateMode',
        args: { frameId: 'shape:stage', action: 'on', showAuthors: true },
      }),
    ).toMatchObject({ ok: true })

    for (let i = 0; i < 4; i++) {
      expect(
        await mine.command({
          name: 'dot',
          args: { voteId, cardId: 'shape:cafe', add: true, name: 'Alice Zephyr' },
        }),
      ).toMatchObject({ ok: true })
    }
    expect(
      await mine.command({
        name: 'addHidden',
        args: {
          frameId: 'shape:stage',
          title: 'Secret idea about lanterns',
          description: '',
          kind: 'skill',
          name: 'Alice Zephyr',
        },
      }),
    ).toMatchObject({ ok: true })
    await expect
      .poll(() => eve.records().find((r) => r.type === PRIVATE_FRAME_TYPE)?.props)
      .toMatchObject({ hidden: 1 })

    for (const spy of [eve, fran]) {
      const before = spy.text()
      expect(before).not.toContain(alice.personId)
      expect(before).not.toContain('Alice Zephyr')
      expect(before).not.toContain('lanterns')
      expect(before).not.toContain('"dots"')
      expect(before).not.toContain('"left"')
      const vote = spy.records().find((r) => r.type === VOTE_TYPE)?.props
      expect(vote).toMatchObject({ state: 'open', results: [], voters: 0 })
    }

    await fran.command({ name: 'endVote', args: { voteId, action: 'reveal' } })
    await fran.command({
      name: 'privateMode',
      args: { frameId: 'shape:stage', action: 'reveal', showAuthors: true },
    })
    await expect
      .poll(() => eve.records().find((r) => r.type === VOTE_TYPE)?.props)
      .toMatchObject({
        state: 'revealed',
        voters: 1,
        results: [{ cardId: 'shape:cafe', dots: 4, voters: ['Alice Zephyr'] }, { dots: 0 }],
      })
    await expect.poll(() => eve.text()).toContain('lanterns')
    expect(eve.text()).not.toContain(alice.personId)

    const csv = await fetch(server.url + apiPaths.boardExport(board.id, 'votes.csv'), {
      headers: bearer(board.tokens.participant),
    })
    const text = await csv.text()
    expect(text).toContain('Which first,cafe,4,Alice Zephyr')
    for (const client of [fran, eve, mine]) client.close()
  })
})
