import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import {
  RATING_TOTALS_TYPE,
  SIX_ELEMENTS_QUESTIONS,
  SIX_ELEMENTS_TYPE,
  wsServerUrl,
} from '@common-ground/shared'
import { browserSession, RawClient } from '../hardening/rawClient.testkit.js'
import { bearer, createBoard, startTestServer } from '../serverTestkit.testkit.js'

describe('secret ratings over a real server', () => {
  it('R52, A12: a person rates all six questions from their browser session; another participant’s raw client never receives those answers, only the totals; the person reads them back after a reload', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Secret', 'six-elements')
    const url = `${wsServerUrl(server.url)}/${board.id}`

    // Alice's browser: a session and a person cookie.
    const { info: alice, cookies } = await browserSession(
      server.url,
      board.id,
      board.tokens.participant,
    )
    const browser = () => new RawClient(new WebSocket(url, { headers: { Cookie: cookies } }))

    const eve = new RawClient(new WebSocket(url, { headers: bearer(board.tokens.participant) }))
    await eve.opened
    const mine = browser()
    await mine.opened
    await expect.poll(() => mine.records().length).toBeGreaterThan(0)
    const check = mine.records().find((record) => record.type === SIX_ELEMENTS_TYPE) as {
      id: string
    }

    const answers = [4, 3, 2, 1, 0, 4]
    for (const [index, question] of SIX_ELEMENTS_QUESTIONS.entries()) {
      const reply = await mine.command({
        name: 'rate',
        args: { checkId: check.id, question: question.id, value: answers[index] },
      })
      expect(reply.ok).toBe(true)
    }
    await expect
      .poll(() => eve.records().find((r) => r.type === RATING_TOTALS_TYPE)?.props)
      .toMatchObject({ raters: 1 })

    const everything = Buffer.concat(eve.received).toString('latin1')
    expect(everything).not.toContain(alice.personId)
    expect(everything).not.toContain('"ratings"')
    expect(everything).not.toContain('"asset-based":4')

    // A reload: a new socket from the same browser reads Alice's answers back.
    mine.close()
    const again = browser()
    await again.opened
    const readBack = await again.command({ name: 'myRatings', args: { checkId: check.id } })
    expect(readBack).toMatchObject({
      ok: true,
      result: {
        ratings: Object.fromEntries(SIX_ELEMENTS_QUESTIONS.map((q, i) => [q.id, answers[i]])),
      },
    })
    const evesOwn = await eve.command({ name: 'myRatings', args: { checkId: check.id } })
    expect(evesOwn).toMatchObject({ ok: true, result: { ratings: { 'asset-based': null } } })
    again.close()
    eve.close()
  })
})
