import type { BoardId, BoardInfo } from '@common-ground/shared'
import { describe, expect, it } from 'vitest'
import { offlineMessage, type ApiResult } from '../api/boardsApi'
import { incompleteLinkMessage, resolveBoardAccess, type AccessEnvironment } from './boardAccess'

const boardId = 'Xy12abCD34efGH56' as BoardId
const token = 'A'.repeat(43)
const info: BoardInfo = {
  id: boardId,
  title: 'Lunch club',
  role: 'participant',
  archived: false,
  personId: 'pAAAAAAAAAAAAAAAAAAAAAA',
}

const fail = (status: number, message = `status ${status}`): ApiResult<BoardInfo> => ({
  ok: false,
  status,
  message,
})

/** A fake server and address bar that record what the page did. */
function environment(answers: {
  session?: ApiResult<BoardInfo>
  info?: ApiResult<BoardInfo>
}): AccessEnvironment & { urls: string[]; calls: string[] } {
  const urls: string[] = []
  const calls: string[] = []
  return {
    urls,
    calls,
    replaceUrl: (path) => void urls.push(path),
    api: {
      startSession: async (id, sent) => {
        calls.push(`session ${id} ${sent}`)
        return answers.session ?? fail(500)
      },
      getBoardInfo: async (id) => {
        calls.push(`info ${id}`)
        return answers.info ?? fail(500)
      },
    },
  }
}

describe('resolveBoardAccess with a link', () => {
  it('exchanges the token, then removes it from the address bar', async () => {
    const env = environment({ session: { ok: true, value: info } })
    const access = await resolveBoardAccess(boardId, `#t=${token}`, env)
    expect(access).toEqual({ kind: 'granted', info })
    expect(env.calls).toEqual([`session ${boardId} ${token}`])
    expect(env.urls).toEqual([`/b/${boardId}`])
  })

  it('removes a refused token too, and says why in the server’s words', async () => {
    const env = environment({ session: fail(401, 'This link is not valid for this board.') })
    const access = await resolveBoardAccess(boardId, `#t=${token}`, env)
    expect(access).toEqual({
      kind: 'link-refused',
      message: 'This link is not valid for this board.',
    })
    expect(env.urls).toEqual([`/b/${boardId}`])
  })

  it('keeps the token when the server could not be reached, so a reload can retry', async () => {
    const env = environment({ session: fail(0, offlineMessage()) })
    const access = await resolveBoardAccess(boardId, `#t=${token}`, env)
    expect(access).toEqual({ kind: 'failed', message: offlineMessage() })
    expect(env.urls).toEqual([])
  })

  it('reports an unknown board', async () => {
    const env = environment({ session: fail(404) })
    expect(await resolveBoardAccess(boardId, `#t=${token}`, env)).toEqual({ kind: 'not-found' })
  })
})

describe('resolveBoardAccess without a link', () => {
  it('asks with the cookie and leaves a clean address alone', async () => {
    const env = environment({ info: { ok: true, value: { ...info, role: 'observer' } } })
    const access = await resolveBoardAccess(boardId, '', env)
    expect(access).toEqual({ kind: 'granted', info: { ...info, role: 'observer' } })
    expect(env.calls).toEqual([`info ${boardId}`])
    expect(env.urls).toEqual([])
  })

  it('asks for a link when there is no valid session', async () => {
    const env = environment({ info: fail(401) })
    expect(await resolveBoardAccess(boardId, '', env)).toEqual({ kind: 'needs-link' })
  })

  it('says a cut-short link is incomplete, and drops it from the address bar', async () => {
    const env = environment({ info: fail(401) })
    const access = await resolveBoardAccess(boardId, '#t=AAAA', env)
    expect(access).toEqual({ kind: 'link-refused', message: incompleteLinkMessage() })
    expect(env.calls).toEqual([`info ${boardId}`])
    expect(env.urls).toEqual([`/b/${boardId}`])
  })

  it('still opens with an earlier session when the link was cut short', async () => {
    const env = environment({ info: { ok: true, value: info } })
    expect(await resolveBoardAccess(boardId, '#t=AAAA', env)).toEqual({ kind: 'granted', info })
  })

  it('separates a missing board from a failing server', async () => {
    expect(await resolveBoardAccess(boardId, '', environment({ info: fail(404) }))).toEqual({
      kind: 'not-found',
    })
    expect(
      await resolveBoardAccess(boardId, '', environment({ info: fail(503, 'Busy.') })),
    ).toEqual({ kind: 'failed', message: 'Busy.' })
  })
})
