import { beforeEach, describe, expect, it } from 'vitest'
import { sessionCookieName, type BoardId } from '@common-ground/shared'
import { MemoryBoardStore } from '../storage/MemoryBoardStore.js'
import { authenticate, presentedTokens } from './authenticate.js'
import { newBoardCredentials, type NewBoardCredentials } from './linkTokens.js'

const BOARD = 'board-1' as BoardId

describe('authenticate', () => {
  let store: MemoryBoardStore
  let board: NewBoardCredentials

  beforeEach(async () => {
    store = new MemoryBoardStore()
    board = newBoardCredentials()
    await store.boards.createBoard({ id: BOARD, title: 'One', ...board })
  })

  it('gives the role of a bearer token or of the board session cookie', async () => {
    expect(
      await authenticate(store.boards, BOARD, { authorization: `Bearer ${board.tokens.observer}` }),
    ).toMatchObject({ ok: true, role: 'observer', token: board.tokens.observer })
    expect(
      await authenticate(store.boards, BOARD, {
        authorization: `bearer ${board.tokens.participant}`,
      }),
    ).toMatchObject({ ok: true, role: 'participant' })
    const cookie = `other=1; ${sessionCookieName(BOARD)}=${board.tokens.facilitator}`
    expect(await authenticate(store.boards, BOARD, { cookie })).toMatchObject({
      ok: true,
      role: 'facilitator',
      board: { id: BOARD, title: 'One', archived: false },
    })
  })

  it('uses a valid cookie when the bearer token is stale, and the bearer first when both are valid', async () => {
    const cookie = `${sessionCookieName(BOARD)}=${board.tokens.observer}`
    const stale = { authorization: `Bearer ${'s'.repeat(43)}`, cookie }
    expect(await authenticate(store.boards, BOARD, stale)).toMatchObject({ role: 'observer' })
    const both = { authorization: `Bearer ${board.tokens.participant}`, cookie }
    expect(await authenticate(store.boards, BOARD, both)).toMatchObject({ role: 'participant' })
  })

  it('answers 400 for a bad id, 404 for an unknown board and 401 without a valid token', async () => {
    const headers = { authorization: `Bearer ${board.tokens.facilitator}` }
    expect(await authenticate(store.boards, 'bad id', headers)).toEqual({ ok: false, status: 400 })
    expect(await authenticate(store.boards, 'board-2', headers)).toEqual({ ok: false, status: 404 })
    expect(await authenticate(store.boards, BOARD, {})).toEqual({ ok: false, status: 401 })
    expect(
      await authenticate(store.boards, BOARD, {
        authorization: `Basic ${board.tokens.facilitator}`,
      }),
    ).toEqual({ ok: false, status: 401 })
    expect(
      await authenticate(store.boards, BOARD, {
        cookie: `${sessionCookieName('board-2' as BoardId)}=${board.tokens.facilitator}`,
      }),
    ).toEqual({ ok: false, status: 401 })
  })

  it('ignores presented values that cannot be tokens', () => {
    expect(presentedTokens(BOARD, { authorization: 'Bearer short', cookie: 'garbage' })).toEqual([])
  })
})
